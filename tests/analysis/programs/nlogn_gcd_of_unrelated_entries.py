# expect time=nlogn
# Near miss of linear_gcd_along_prefix_and_suffix_tables.py: each entry is the gcd of two items of
# the input, not of the entry before it, so nothing shrinks along the loop: log of the values per call.
from math import gcd
n = int(input())
a = list(map(int, input().split()))
g = [0] * n
for i in range(n - 1):
    g[i] = gcd(a[i], a[i + 1])
print(max(g))
