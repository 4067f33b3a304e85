# expect time=quadratic
# Memo tables that do not outlive a pass: one keyed also by the loop's value, which the recursion
# passes on unchanged (g(i - 1, s): a new row of states for each s), and one cleared at the top of
# each pass. Each pass fills n states again: n^2 (the shared-table reading must leave both alone).
import sys
sys.setrecursionlimit(10000)
n = int(input())
a = list(map(int, input().split()))
memo = {}
def g(i, s):
    if i < 0:
        return 0
    if (i, s) in memo:
        return memo[(i, s)]
    r = max(g(i - 1, s), a[i] * s)
    memo[(i, s)] = r
    return r
seen = {}
def h(i):
    if i < 0:
        return 0
    if i in seen:
        return seen[i]
    seen[i] = max(h(i - 1), a[i])
    return seen[i]
best = 0
for s in range(n):
    best = max(best, g(n - 1, s))
for s in range(n):
    seen.clear()
    best = max(best, h(s))
print(best)
