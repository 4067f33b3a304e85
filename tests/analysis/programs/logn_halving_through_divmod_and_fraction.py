# expect time=logn space=logn
# Halving written two more ways: `n, r = divmod(n, 7)` sets n to n // 7 (it was one opaque call, the
# loop constant), and a recursion on n - (n + 1) // 2, a constant fraction of n as n // 2 is (it
# was a subtraction, n steps deep).
def halves(n):
    if n == 0:
        return 0
    return 1 + halves(n - (n + 1) // 2)
n = int(input())
m = n
digits = []
while m:
    m, r = divmod(m, 7)
    digits.append(r)
print(len(digits), halves(n))
