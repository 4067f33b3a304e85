# expect time=constant
# The month and day of the d-th day of a year: the loop reads the table of twelve month lengths at
# an index that rises every pass, so it runs at most as many passes as the table has indexes,
# whatever d is.
d = int(input())
lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
month = 0
while d > lengths[month]:
    d -= lengths[month]
    month += 1
print(month + 1, d)
