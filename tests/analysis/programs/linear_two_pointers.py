# expect time=linear
n, k = map(int, input().split())
a = list(map(int, input().split()))
j = 0
best = 0
total = 0
for i in range(n):
    total += a[i]
    while total > k:
        total -= a[j]
        j += 1
    best = max(best, i - j + 1)
print(best)
