# expect time=nlogn
# find() walks up the parent links and halves the path as it goes (path compression): all the walks
# together cost O(log n) per find, amortized, so m unions are m log n, not m * n.
n, m = map(int, input().split())
parent = list(range(n))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for _ in range(m):
    a, b = map(int, input().split())
    parent[find(a - 1)] = find(b - 1)
print(sum(1 for v in range(n) if find(v) == v))
