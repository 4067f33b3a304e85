# expect time=linear space=constant
# The range after a search loop is narrow only when the loop's own test ended it: here a break can
# leave the loop with the ends still far apart, and in the second part the end is bound again
# before the scan, so both scans walk up to n values.
n, k = map(int, input().split())
lo, hi = 0, n
while hi - lo > 1:
    mid = (lo + hi) // 2
    if mid == k:
        break
    if mid > k:
        hi = mid
    else:
        lo = mid
total = 0
for x in range(lo, hi + 1):
    total += x % 7
l, r = 0, n
while r - l > 1:
    m = (l + r) // 2
    if m * m > n:
        r = m
    else:
        l = m
r = n
for y in range(l, r + 1):
    total += y % 3
print(total)
