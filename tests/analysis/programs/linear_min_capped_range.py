# expect time=linear
# The inner loop stops at i + 20 at the latest (and range(min(n, 20)) at 20): a constant number of
# passes per i, however large n is.
n = int(input())
a = list(map(int, input().split()))
best = 0
for i in range(n):
    for j in range(i, min(n, i + 20)):
        best = max(best, a[i] * a[j])
    for k in range(min(n, 20)):
        best = max(best, a[k] - a[i])
print(best)
