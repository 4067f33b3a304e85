# expect time=constant
# Euclid's algorithm with the step written through a temporary, as languages without tuple
# assignment write it: b = a % b at every pass (a condition variable set to a plain name had made
# the loop look constant by chance, then log n); the labels count Euclid's algorithm as constant
# work (rules_logn.py).
a, b = map(int, input().split())
while b > 0:
    r = a % b
    a = b
    b = r
print(a)
