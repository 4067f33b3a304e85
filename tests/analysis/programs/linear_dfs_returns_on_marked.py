# expect time=linear
# dfs(i) from every vertex, where dfs itself returns at once on a vertex it has marked: the marks
# are shared by all the calls, so together they enter each vertex once and walk each edge twice,
# n + m over the whole loop, not n times a traversal.
import sys

sys.setrecursionlimit(10 ** 6)
n, m = map(int, input().split())
adj = [[] for _ in range(n)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u - 1].append(v - 1)
    adj[v - 1].append(u - 1)
seen = [False] * n
comp = [0] * n


def dfs(v, c):
    if seen[v]:
        return
    seen[v] = True
    comp[v] = c
    for u in adj[v]:
        dfs(u, c)


for i in range(n):
    dfs(i, i)
print(len(set(comp)))
