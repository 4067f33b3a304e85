# expect time=linear
# Near miss of logn_midpoint_through_own_function.py: the function the loop calls moves one end by
# one (`return a + 1`), not to a midpoint of the two ends, so the loop walks the range: n passes.
def after(a, b):
    return a + 1


n, k = map(int, input().split())
lo, hi = 0, n
while lo < hi:
    if lo * lo >= k:
        break
    lo = after(lo, hi)
print(lo)
