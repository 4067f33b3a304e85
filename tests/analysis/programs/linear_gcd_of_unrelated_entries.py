# expect time=linear
# Near miss of linear_gcd_along_prefix_and_suffix_tables.py: each entry is the gcd of two items of
# the input, not of the entry before it, so nothing shrinks along the loop; each call is still
# Euclid's algorithm on two numbers, constant work as the labels count it (rules_logn.py).
from math import gcd
n = int(input())
a = list(map(int, input().split()))
g = [0] * n
for i in range(n - 1):
    g[i] = gcd(a[i], a[i + 1])
print(max(g))
