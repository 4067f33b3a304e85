# expect time=nlogn space=linear
# Scores grouped by name, the groups then walked in sorted order (sorted(d.items()), a sorted list of
# the pairs bound to a name, sorted keys) and each group summed, sorted and joined: the groups
# partition the n scores, so summing, joining or sorting every group costs n (n log n) in all, not n
# per group; the sorts of the keys and of the pairs cost n log n.
from collections import defaultdict
n = int(input())
d = defaultdict(list)
for _ in range(n):
    name, score = input().split()
    d[name].append(int(score))
ranking = sorted(d.items(), key=lambda kv: -len(kv[1]))
for name, scores in ranking:
    print(name, sum(scores))
for name, scores in sorted(d.items()):
    print(name, max(scores) - min(scores))
for name in sorted(d):
    print(name, " ".join(map(str, sorted(d[name]))))
    print("".join(sorted(map(str, d[name]))))
