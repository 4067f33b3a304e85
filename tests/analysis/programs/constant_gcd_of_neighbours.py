# expect time=constant
# gcd(n, n - 3) is gcd(n - 3, 3) after one step of Euclid: its steps are bounded by the smaller
# argument's logarithm, and a difference of 3 leaves O(1) of them, however large n is.
from math import gcd

n = int(input())
if n % 2:
    print(n * (n - 1) * (n - 2))
elif gcd(n, n - 3) == 1:
    print(n * (n - 1) * (n - 3))
else:
    print((n - 1) * (n - 2) * (n - 3))
