# expect time=nlogn
# A union-find class (its tables are attributes, self.parent / self.size): find walks up to the root,
# then a second walk relinks the path to it (path compression), and union links the smaller tree
# under the larger. Each find is O(log n) at most, amortized; the sort of the edges dominates.
import sys
input = sys.stdin.readline


class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        a = self.find(a)
        b = self.find(b)
        if a == b:
            return False
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        return True


n, m = map(int, input().split())
edges = []
for _ in range(m):
    u, v, w = map(int, input().split())
    edges.append((w, u - 1, v - 1))
edges.sort()
d = DSU(n)
total = 0
for w, u, v in edges:
    if d.union(u, v):
        total += w
print(total)
