# expect time=logn
# cut(a, b, t) calls itself only as cut(a, b, a + b - t): reflecting t twice gives t back, so the
# reflected call never recurses again (it would repeat the first call for ever). Each probe of the
# binary search is O(1), and the search makes log n of them.
def cut(a, b, t):
    if t <= 0:
        return 0
    if t >= a + b:
        return a * b
    if t > (a + b) // 2:
        return a * b - cut(a, b, a + b - t)
    return t * (t + 1) // 2


n, c = map(int, input().split())
lo, hi = 0, 2 * n
while lo < hi:
    mid = (lo + hi) // 2
    if cut(n, n, mid) >= c:
        hi = mid
    else:
        lo = mid + 1
print(lo)
