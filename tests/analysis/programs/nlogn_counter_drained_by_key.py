# expect time=nlogn
# A Counter's entries run down one at a time (while cnt[v] > 0: cnt[v] -= 1) inside a loop over its
# keys in sorted order: the counts add up to n, so the drains cost n in all, and the sort of the
# keys dominates (not the keys times the largest count).
from collections import Counter

n = int(input())
vals = list(map(int, input().split()))
cnt = Counter(vals)
order = []
for v in sorted(cnt):
    while cnt[v] > 0:
        order.append(v)
        cnt[v] -= 1
print(*order)
