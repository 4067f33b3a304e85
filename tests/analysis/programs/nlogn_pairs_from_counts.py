# expect time=nlogn space=linear
# The counts of a Counter add up to the items counted: the pieces [k] * (v // 2) and the inner
# loops over range(v) add up to n over the loop on the counts, not n on every pass; sorting the
# pairs is n log n.
from collections import Counter
n = int(input())
a = list(map(int, input().split()))
counts = Counter(a)
pairs = []
for k, v in counts.items():
    pairs.extend([k] * (v // 2))
pairs.sort()
spread = []
for k, v in counts.items():
    for _ in range(v):
        spread.append(k)
print(len(pairs), len(spread), pairs[-1] if pairs else -1)
