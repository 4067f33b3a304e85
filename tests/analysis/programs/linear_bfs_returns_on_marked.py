# expect time=linear
# bfs(i) from every vertex, returning at once from a marked one: the walk marks what it reaches and
# skips what is marked, so all the calls together enter each vertex once (n + m over the loop).
from collections import deque

n, m = map(int, input().split())
adj = [[] for _ in range(n)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u - 1].append(v - 1)
    adj[v - 1].append(u - 1)
seen = [False] * n


def bfs(s):
    if seen[s]:
        return 0
    q = deque([s])
    seen[s] = True
    size = 0
    while q:
        u = q.popleft()
        size += 1
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                q.append(v)
    return size


best = 0
for i in range(n):
    best = max(best, bfs(i))
print(best)
