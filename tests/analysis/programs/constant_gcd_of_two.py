# expect time=constant
# Two independent values: Euclid's algorithm takes O(log min(a, b)) steps, under 100 for 64-bit
# numbers, which the labels count as constant work (rules_logn.py).
from math import gcd

a, b = map(int, input().split())
print(a * b // gcd(a, b))
