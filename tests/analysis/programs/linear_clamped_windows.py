# expect time=linear space=linear
# Windows of three items whose start is clamped at the front (max(0, i - 2)) or whose end is
# clamped at the back (min(n, i + 3)): the clamp only shortens them, so each pass reads at most
# three items, not i of them.
n = int(input())
a = list(map(int, input().split()))
best = 0
for i in range(n):
    total = 0
    for j in range(max(0, i - 2), i + 1):
        total += a[j]
    best = max(best, total, sum(a[max(0, i - 2):i + 1]), max(a[i:min(n, i + 3)]))
print(best)
