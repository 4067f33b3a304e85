# expect time=nlogn
# Kruskal: sort the edges, then a recursive find() that writes the root back as each parent it
# passes (path compression): O(log n) per find amortized, not a memo of n states per call.
n, m = map(int, input().split())
edges = []
for _ in range(m):
    u, v, w = map(int, input().split())
    edges.append((w, u, v))
edges.sort()
p = list(range(n + 1))


def find(x):
    if p[x] != x:
        p[x] = find(p[x])
    return p[x]


total = 0
for w, u, v in edges:
    a, b = find(u), find(v)
    if a != b:
        p[a] = b
        total += w
print(total)
