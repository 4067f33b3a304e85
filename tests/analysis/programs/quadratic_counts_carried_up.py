# expect time=quadratic
# Counts carried up one key at a time (c[k] -= 1; c[k + 1] += 1): the loop feeds the counts it drains, so
# the passes do not add up to the items counted; every item may climb to the largest value.
from collections import Counter
n = int(input())
a = list(map(int, input().split()))
c = Counter(a)
m = max(a)
steps = 0
for k in range(m + 1):
    while c[k] > 0:
        c[k] -= 1
        c[k + 1] += 1
        steps += 1
print(steps)
