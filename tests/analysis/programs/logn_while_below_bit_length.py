# expect time=logn
# A loop whose condition reads n only through its bit length (`i < n.bit_length()`, or
# `len(bin(n)) - 2`) runs over n's bits: log n passes, not n.
n = int(input())
ones = 0
i = 0
while i < n.bit_length():
    if n >> i & 1:
        ones += 1
    i += 1
j = 0
while j < len(bin(n)) - 2:
    j += 1
print(ones, j)
