# expect time=logn
# An integer square root searched with no loop test: the if/elif chain moves one end of the range
# past the midpoint and only its last else leaves, so the loop runs while one of the first two
# tests holds: a binary search over [1, n].
n = int(input())
lo, hi = 1, n
while True:
    mid = (lo + hi) // 2
    if mid * mid > n:
        hi = mid - 1
    elif (mid + 1) * (mid + 1) <= n:
        lo = mid + 1
    else:
        print(mid)
        break
