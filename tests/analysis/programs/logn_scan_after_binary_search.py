# expect time=logn space=constant
# A search loop that ends only when hi - lo <= 1 (no break leaves it earlier) leaves at most two
# values between its ends: the scan of range(lo, hi + 1) after it is constant work, not a pass over
# n values, and so is the walk down from hi in the second search.
n, k = map(int, input().split())
lo, hi = 0, n
while hi - lo > 1:
    mid = (lo + hi) // 2
    if mid * (mid + 1) // 2 >= k:
        hi = mid
    else:
        lo = mid
for x in range(lo, hi + 1):
    if x * (x + 1) // 2 >= k:
        print(x)
        break
l, r = 1, n
while l + 2 < r:
    m = (l + r) // 2
    if m * m <= n:
        l = m
    else:
        r = m
best = l
for y in range(r, l - 1, -1):
    if y * y <= n:
        best = y
        break
print(best)
