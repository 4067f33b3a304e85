# expect time=nlogn
# A Fenwick tree written as a class whose query method is named sum: b.sum(x) runs the method
# (O(log n)), not the builtin sum over a collection.
class BIT:
    def __init__(self, n):
        self.n = n
        self.t = [0] * (n + 1)

    def add(self, i, v):
        while i <= self.n:
            self.t[i] += v
            i += i & -i

    def sum(self, i):
        s = 0
        while i > 0:
            s += self.t[i]
            i -= i & -i
        return s


n = int(input())
a = list(map(int, input().split()))
b = BIT(n)
inversions = 0
for i, x in enumerate(a):
    inversions += i - b.sum(x)
    b.add(x, 1)
print(inversions)
