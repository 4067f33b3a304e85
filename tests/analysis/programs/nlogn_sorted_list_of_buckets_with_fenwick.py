# expect time=nlogn
# A sorted list kept as buckets of at most 2 * LOAD items (LOAD a class constant), with a Fenwick tree
# over the bucket sizes indexed from 0 (i |= i + 1 walks up). The constructor cuts the sorted items
# into chunks of LOAD (each item copied once); add/remove touch one bucket of bounded size and walk
# the tree: log n each, n of them.
import sys


class BucketList:
    LOAD = 500

    def __init__(self, items=()):
        data = sorted(items)
        self._lists = [data[i:i + self.LOAD] for i in range(0, len(data), self.LOAD)]
        self._maxes = [b[-1] for b in self._lists]
        self._len = len(data)
        self._rebuild_tree()

    def _rebuild_tree(self):
        self._tree = [len(b) for b in self._lists]
        for i in range(len(self._tree)):
            j = i | (i + 1)
            if j < len(self._tree):
                self._tree[j] += self._tree[i]

    def _tree_add(self, i, v):
        while i < len(self._tree):
            self._tree[i] += v
            i |= i + 1

    def _tree_find(self, k):
        pos = -1
        step = 1 << (len(self._tree).bit_length() - 1)
        while step:
            nxt = pos + step
            if nxt < len(self._tree) and k >= self._tree[nxt]:
                k -= self._tree[nxt]
                pos = nxt
            step >>= 1
        return pos + 1, k

    def _tree_prefix(self, i):
        s = 0
        while i:
            s += self._tree[i - 1]
            i &= i - 1
        return s

    def add(self, x):
        if not self._lists:
            self._lists = [[x]]
            self._maxes = [x]
            self._len = 1
            self._rebuild_tree()
            return
        k = _bisect_left(self._maxes, x)
        if k == len(self._lists):
            k -= 1
        bucket = self._lists[k]
        i = _bisect_right(bucket, x)
        bucket.insert(i, x)
        self._maxes[k] = bucket[-1]
        self._len += 1
        if len(bucket) > 2 * self.LOAD:
            self._lists.insert(k + 1, bucket[self.LOAD:])
            del bucket[self.LOAD:]
            self._maxes[k] = bucket[-1]
            self._maxes.insert(k + 1, self._lists[k + 1][-1])
            self._rebuild_tree()
        else:
            self._tree_add(k, 1)

    def remove(self, x):
        k = _bisect_left(self._maxes, x)
        bucket = self._lists[k]
        i = _bisect_left(bucket, x)
        bucket.pop(i)
        self._len -= 1
        if bucket:
            self._maxes[k] = bucket[-1]
            self._tree_add(k, -1)
        else:
            del self._lists[k]
            del self._maxes[k]
            self._rebuild_tree()

    def bisect_left(self, x):
        k = _bisect_left(self._maxes, x)
        if k == len(self._lists):
            return self._len
        return self._tree_prefix(k) + _bisect_left(self._lists[k], x)

    def __getitem__(self, idx):
        k, i = self._tree_find(idx)
        return self._lists[k][i]

    def __len__(self):
        return self._len


from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right


def main():
    n = int(sys.stdin.readline())
    a = list(map(int, sys.stdin.readline().split()))
    s = BucketList(a)
    out = []
    for x in a:
        s.add(x)
        out.append(s[len(s) // 2])
    print(*out)


main()
