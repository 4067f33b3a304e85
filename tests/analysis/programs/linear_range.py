# expect time=linear space=linear
n = int(input())
a = list(map(int, input().split()))
best = 0
for i in range(n):
    best = max(best, a[i])
print(best)
