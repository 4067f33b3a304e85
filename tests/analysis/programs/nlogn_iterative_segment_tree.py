# expect time=nlogn space=linear
# size doubles until it reaches n (log n passes), so it ends about as large as n: the tree has
# 2 * size cells, building it is linear and each of the q queries climbs log n levels.
n, q = map(int, input().split())
a = list(map(int, input().split()))
size = 1
while size < n:
    size *= 2
tree = [0] * (2 * size)
for i in range(n):
    tree[size + i] = a[i]
for i in range(size - 1, 0, -1):
    tree[i] = tree[2 * i] + tree[2 * i + 1]
for _ in range(q):
    lo, hi = map(int, input().split())
    lo += size - 1
    hi += size
    total = 0
    while lo < hi:
        if lo & 1:
            total += tree[lo]
            lo += 1
        if hi & 1:
            hi -= 1
            total += tree[hi]
        lo //= 2
        hi //= 2
    print(total)
