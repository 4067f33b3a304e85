# expect time=linear
# walk(s) explores with its own stack and marks vis[]; the loop starts it only from unmarked
# vertices, so all the walks together visit each vertex and edge once.
def walk(s):
    size = 0
    vis[s] = True
    stack = [s]
    while stack:
        u = stack.pop()
        size += 1
        for v in g[u]:
            if not vis[v]:
                vis[v] = True
                stack.append(v)
    return size


n, m = map(int, input().split())
g = [[] for _ in range(n)]
for _ in range(m):
    a, b = map(int, input().split())
    g[a - 1].append(b - 1)
    g[b - 1].append(a - 1)
vis = [False] * n
best = 0
for v in range(n):
    if not vis[v]:
        best = max(best, walk(v))
print(best)
