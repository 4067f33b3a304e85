# expect time=linear space=linear
# g = gcd(g, x) over the items: g only shrinks, and each Euclid step past the first ones of a call
# divides it further, so all the calls add up to n plus the log of the first value, not n log n.
from math import gcd
n = int(input())
a = list(map(int, input().split()))
g = 0
for x in a:
    g = gcd(g, x)
steps = 0
for x in a:
    steps += x // g
print(g, steps)
