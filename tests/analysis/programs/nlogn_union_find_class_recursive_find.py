# expect time=nlogn
# A union-find class whose recursive find writes the root back as the parent (self.par[x] =
# self.root(self.par[x])): path compression, O(log n) amortized per find, q finds in all.
import sys
input = sys.stdin.readline


class UnionFind:
    def __init__(self, n):
        self.par = list(range(n))

    def root(self, x):
        if self.par[x] != x:
            self.par[x] = self.root(self.par[x])
        return self.par[x]

    def unite(self, a, b):
        a, b = self.root(a), self.root(b)
        if a != b:
            self.par[a] = b


n, q = map(int, input().split())
uf = UnionFind(n)
out = []
for _ in range(q):
    t, a, b = map(int, input().split())
    if t == 0:
        uf.unite(a, b)
    else:
        out.append(1 if uf.root(a) == uf.root(b) else 0)
print(*out)
