# expect time=nlogn
# Each pass binds a name to its own group (`lst = groups[c]`) and sorts it: the groups split the
# items between them, so the sorts add up to one sort of all items, not n sorts of n.
from collections import defaultdict

n = int(input())
groups = defaultdict(list)
for _ in range(n):
    colour, value = map(int, input().split())
    groups[colour].append(value)
best = 0
for colour in groups:
    lst = groups[colour]
    lst.sort(reverse=True)
    best += sum(lst[:2])
print(best)
