# expect time=linear
# A union-find class whose recursive find compresses the path and whose join compares ranks kept in
# another attribute (self.r) before linking, in a method other than find: both together make each
# operation O(alpha(n)), constant in practice, so m joins are linear. The methods reach the tables
# through their own self, which the analyzer names apart per method.
n, m = map(int, input().split())


class D:
    def __init__(self, n):
        self.p = list(range(n))
        self.r = [0] * n

    def find(self, x):
        if self.p[x] == x:
            return x
        self.p[x] = self.find(self.p[x])
        return self.p[x]

    def join(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return 0
        if self.r[a] < self.r[b]:
            a, b = b, a
        self.p[b] = a
        if self.r[a] == self.r[b]:
            self.r[a] += 1
        return 1


d = D(n)
c = n
for _ in range(m):
    u, v = map(int, input().split())
    c -= d.join(u - 1, v - 1)
    print(c)
