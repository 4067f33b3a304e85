# expect time=constant
# Euclid's algorithm written with %=: each remainder is below the divisor, so the larger value at
# least halves every two passes -- under 100 passes for any pair of 64-bit numbers, and the labels
# count Euclid's algorithm on two read numbers as constant work (rules_logn.py).
a, b = map(int, input().split())
while a > 0 and b > 0:
    if a > b:
        a %= b
    else:
        b %= a
print(a + b)
