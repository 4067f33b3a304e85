# expect time=logn
# Two independent values: Euclid's algorithm takes O(log min(a, b)) steps.
from math import gcd

a, b = map(int, input().split())
print(a * b // gcd(a, b))
