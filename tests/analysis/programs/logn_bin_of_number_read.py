# expect time=logn
# bin(int(input())) is the binary text of a number read from the input: log n digits, not a line
# of the input as long as the input.
b = bin(int(input()))
ones = 0
for i in range(len(b)):
    if b[i] == "1":
        ones += 1
print(ones)
