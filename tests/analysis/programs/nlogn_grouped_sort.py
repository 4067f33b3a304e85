# expect time=nlogn space=linear
# Items grouped by key, then each group sorted: the groups partition the items, so the sorts
# together cost n log n, not n times n log n.
from collections import defaultdict

n = int(input())
groups = defaultdict(list)
for _ in range(n):
    key, value = map(int, input().split())
    groups[key].append(value)
total = 0
for key in sorted(groups):
    for rank, value in enumerate(sorted(groups[key], reverse=True)):
        total += rank * value
print(total)
