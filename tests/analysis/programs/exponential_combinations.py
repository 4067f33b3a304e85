# expect time=exponential
from itertools import combinations
n = int(input())
a = list(map(int, input().split()))
count = 0
for r in range(n + 1):
    for c in combinations(a, r):
        if sum(c) == 0:
            count += 1
print(count)
