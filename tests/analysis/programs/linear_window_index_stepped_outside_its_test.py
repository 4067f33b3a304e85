# expect time=linear space=linear
# The window shrinks while it holds more than k distinct values; its test reads the table, not the
# left end, but every pass moves the left end l one item along the list (a[l]) and nothing moves it
# back, so over the whole loop the shrinking passes add up to the list's length.
n, k = map(int, input().split())
a = list(map(int, input().split()))
cnt = {}
l = 0
best = 0
for r in range(n):
    cnt[a[r]] = cnt.get(a[r], 0) + 1
    while len(cnt) > k:
        cnt[a[l]] -= 1
        if cnt[a[l]] == 0:
            del cnt[a[l]]
        l += 1
    best = max(best, r - l + 1)
print(best)
