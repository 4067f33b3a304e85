# expect time=exponential
n = int(input())
a = list(map(int, input().split()))
best = 0
for mask in range(1 << n):
    s = 0
    for i in range(n):
        if mask >> i & 1:
            s += a[i]
    best = max(best, s)
print(best)
