# expect time=logn space=constant
# The lowest set bit taken into a name first (low = x & -x) and then subtracted clears one bit of x
# per pass: x has no bits left after log x passes, as with x &= x - 1. Added instead (i += low),
# it climbs as a Fenwick tree's update does: log n steps up to n.
n, x = map(int, input().split())
bits = 0
while x:
    low = x & -x
    x -= low
    bits += 1
i = max(1, bits)
steps = 0
while i <= n:
    low = i & -i
    i += low
    steps += 1
print(bits, steps)
