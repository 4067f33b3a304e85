# expect time=linear
# Degrees counted first, then one list of deg[v] slots per vertex (g[v] = [0] * deg[v]), filled by
# index: the lists together hold the 2(n - 1) ends of the edges, so making them and walking every
# g[v] are linear, as with lists that g[u].append(v) fills. Each list was priced at n.
n = int(input())
ends_a, ends_b = [0] * (n - 1), [0] * (n - 1)
deg = [0] * n
for i in range(n - 1):
    u, v = map(int, input().split())
    ends_a[i], ends_b[i] = u - 1, v - 1
    deg[u - 1] += 1
    deg[v - 1] += 1
g = [None] * n
for v in range(n):
    g[v] = [0] * deg[v]
filled = [0] * n
for i in range(n - 1):
    u, v = ends_a[i], ends_b[i]
    g[u][filled[u]] = v
    filled[u] += 1
    g[v][filled[v]] = u
    filled[v] += 1
leaves = 0
for v in range(n):
    for u in g[v]:
        if u > v and len(g[v]) == 1:
            leaves += 1
print(leaves)
