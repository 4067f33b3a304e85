# expect time=logn space=constant
# The integer square root is counted up one by one only inside `if n < 100:` (a constant number of
# steps there); every larger n is searched by halving, log n passes.
n = int(input())
if n < 100:
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    print(r)
else:
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    print(lo)
