# expect time=logn
# Euclid's algorithm with the step written through a temporary, as languages without tuple
# assignment write it: b = a % b at every pass, log n passes (a condition variable set to a plain
# name had made the loop look constant).
a, b = map(int, input().split())
while b > 0:
    r = a % b
    a = b
    b = r
print(a)
