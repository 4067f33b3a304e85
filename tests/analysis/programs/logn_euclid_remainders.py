# expect time=logn
# Euclid's algorithm written with %=: each remainder is below the divisor, so the larger value at
# least halves every two passes: O(log min(a, b)) passes, not a walk down one value.
a, b = map(int, input().split())
while a > 0 and b > 0:
    if a > b:
        a %= b
    else:
        b %= a
print(a + b)
