# expect time=quadratic
# From every vertex a walk follows parent links to the root (v = p[v]): a chain can be n links
# long, so each walk is up to n passes and all of them n^2. The walker is never stepped by a
# constant, which made the loop look constant.
n = int(input())
p = [-1] + [int(x) - 1 for x in input().split()]
best = 0
for i in range(n):
    d, v = 0, i
    while v != -1:
        d += 1
        v = p[v]
    best = max(best, d)
print(best)
