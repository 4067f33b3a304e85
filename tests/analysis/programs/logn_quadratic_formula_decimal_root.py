# expect time=logn
# The quadratic formula with the root taken in Decimal (Decimal(d).sqrt(), exact for large n) or as
# a power (math.pow(d, 0.5)): the same closed form of a binary search over the count x as
# logn_quadratic_formula_count.py, written with the other spellings of a square root.
import math
from decimal import Decimal

n, k = map(int, input().split())
exact = (Decimal(9 + 8 * (n + k)).sqrt() - 3) / 2
rough = (math.pow(9 + 8 * (n + k), 0.5) - 3) // 2
print(n - int(exact), n - int(rough))
