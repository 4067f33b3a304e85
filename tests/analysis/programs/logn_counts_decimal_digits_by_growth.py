# expect time=logn
# Near miss of constant_skips_blocks_of_decimal_lengths.py: a power of ten raised until it passes n
# counts the digits of n, a loop over the digits of a value (log n), not over the blocks of a
# position; nothing is moved by a block of numbers.
n = int(input())
p, digits = 1, 0
while p <= n:
    p *= 10
    digits += 1
print(digits)
