# expect time=nlogn
# Each group of a grouping is sorted in place, once per pass of a loop over the groups: the groups
# partition the items, so the sorts together cost n log n, not n times one group's sort.
from collections import defaultdict

n = int(input())
groups = defaultdict(list)
for _ in range(n):
    key, value = map(int, input().split())
    groups[key].append(value)
total = 0
for key in groups:
    groups[key].sort()
    total += groups[key][0]
for key, values in groups.items():
    total += max(values)
print(total)
