# expect time=nlogn
# Union by size without path compression: a root is linked under the root of the larger tree, so a
# tree's height grows only when its size at least doubles and every walk up is O(log n).
n, m = map(int, input().split())
parent = list(range(n))
size = [1] * n


def find(x):
    while parent[x] != x:
        x = parent[x]
    return x


def union(a, b):
    a, b = find(a), find(b)
    if a == b:
        return
    if size[a] < size[b]:
        a, b = b, a
    parent[b] = a
    size[a] += size[b]


for _ in range(m):
    u, v = map(int, input().split())
    union(u - 1, v - 1)
print(len({find(i) for i in range(n)}))
