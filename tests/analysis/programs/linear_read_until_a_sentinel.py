# expect time=linear space=constant
# Numbers read one per line until a zero: the loop's test looks only at the value each pass reads
# afresh, so it runs once per number in the input, not a constant number of times.
total = 0
count = 0
x = int(input())
while x != 0:
    total += x
    count += 1
    x = int(input())
print(total, count)
