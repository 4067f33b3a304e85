# expect time=nlogn
# A sorted multiset kept as about sqrt n sorted buckets in an attribute (self.a): add and index walk
# the buckets to the one holding x and bisect it, a bucket splitting in two when it outgrows its
# share. Priced as a sorted container's log n per operation (rules_templates.py), n operations; the
# general rules gave the attribute no size and read every operation as O(1).
import math
from bisect import bisect_left, bisect_right


class SortedBag:
    BUCKET_RATIO = 16
    SPLIT_RATIO = 24

    def __init__(self, items=()):
        a = list(items)
        n = self.size = len(a)
        if any(a[i] > a[i + 1] for i in range(n - 1)):
            a.sort()
        num_bucket = int(math.ceil(math.sqrt(n / self.BUCKET_RATIO)))
        self.a = [a[n * i // num_bucket: n * (i + 1) // num_bucket] for i in range(num_bucket)]

    def __len__(self):
        return self.size

    def _position(self, x):
        for i, a in enumerate(self.a):
            if x <= a[-1]:
                return a, i, bisect_left(a, x)
        return a, len(self.a) - 1, len(a)

    def add(self, x):
        if self.size == 0:
            self.a = [[x]]
            self.size = 1
            return
        a, b, i = self._position(x)
        a.insert(i, x)
        self.size += 1
        if len(a) > len(self.a) * self.SPLIT_RATIO:
            mid = len(a) >> 1
            self.a[b:b + 1] = [a[:mid], a[mid:]]

    def _pop(self, a, b, i):
        ans = a.pop(i)
        self.size -= 1
        if not a:
            del self.a[b]
        return ans

    def discard(self, x):
        if self.size == 0:
            return False
        a, b, i = self._position(x)
        if i == len(a) or a[i] != x:
            return False
        self._pop(a, b, i)
        return True

    def index(self, x):
        ans = 0
        for a in self.a:
            if a[-1] >= x:
                return ans + bisect_left(a, x)
            ans += len(a)
        return ans

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for a in self.a:
            if i < len(a):
                return a[i]
            i -= len(a)
        raise IndexError


n = int(input())
a = list(map(int, input().split()))
bag = SortedBag()
total = 0
for x in a:
    total += len(bag) - bag.index(x + 1)
    bag.add(x)
print(total)
