# expect time=exponential
# Fewest presses to turn all n lamps off, where pressing lamp i toggles it and its neighbours: a
# breadth-first search whose states are the 2^n on/off patterns, each reached at most once.
from collections import deque

n = int(input())
start = int(input().strip(), 2)
dist = {start: 0}
queue = deque([start])
while queue:
    state = queue.popleft()
    if state == 0:
        break
    for i in range(n):
        nxt = state ^ (1 << i)
        if i > 0:
            nxt ^= 1 << (i - 1)
        if i + 1 < n:
            nxt ^= 1 << (i + 1)
        if nxt not in dist:
            dist[nxt] = dist[state] + 1
            queue.append(nxt)
print(dist.get(0, -1))
