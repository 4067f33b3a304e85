# expect time=quadratic
# Near miss of nlogn_union_find_class_two_pass_find.py: find walks up without relinking anything and
# unite links roots in whatever order it is handed them, so a chain can grow n long and each of
# the q finds may walk all of it.
import sys
input = sys.stdin.readline


class Forest:
    def __init__(self, n):
        self.up = list(range(n))

    def top(self, x):
        while self.up[x] != x:
            x = self.up[x]
        return x

    def unite(self, a, b):
        a, b = self.top(a), self.top(b)
        if a != b:
            self.up[a] = b


n, q = map(int, input().split())
f = Forest(n)
same = 0
for _ in range(q):
    a, b = map(int, input().split())
    if f.top(a) == f.top(b):
        same += 1
    f.unite(a, b)
print(same)
