# expect time=constant
# The k-th digit of 123456789101112...: each pass skips the block of the numbers with one more
# decimal digit (9 * 10 ** (d - 1) numbers of d digits). The passes are the decimal lengths, at most
# 19 for a 64-bit k, and CodeComplex labels this loop constant, unlike a loop over the digits or the
# bits of a value (log n); the block size here grows through a name multiplied by ten.
pos = int(input())
width, numbers, first = 1, 9, 1
while pos > width * numbers:
    pos -= width * numbers
    width += 1
    numbers *= 10
    first *= 10
value = first + (pos - 1) // width
print(str(value)[(pos - 1) % width])
