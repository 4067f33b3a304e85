# expect time=logn
# The quadratic formula with an integer square root, halved by a shift: the rows x of a triangle
# of n + k items, (isqrt(8 (n + k) + 9) - 3) >> 1, the closed form of a binary search over x that
# CodeComplex labels log n (see logn_quadratic_formula_count.py).
from math import isqrt

n, k = map(int, input().split())
rows = (isqrt(8 * (n + k) + 9) - 3) >> 1
print(n - rows)
