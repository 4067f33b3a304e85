# expect time=linear
# Components counted by a breadth-first search started from every vertex not reached yet: each
# search marks what it reaches and skips what is marked, so all the searches together visit each
# vertex and edge once (V + E), although each starts a fresh queue.
from collections import deque

n, m = map(int, input().split())
adj = [[] for _ in range(n)]
for _ in range(m):
    a, b = map(int, input().split())
    adj[a - 1].append(b - 1)
    adj[b - 1].append(a - 1)
seen = [False] * n
components = 0
for s in range(n):
    if not seen[s]:
        components += 1
        seen[s] = True
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = True
                    queue.append(v)
print(components)
