# expect time=nlogn
# A recursive segment tree: build splits [l, r] at its midpoint (node 2v gets [l, mid], node 2v + 1
# gets [mid + 1, r]), O(n) calls in all; a query stops where the node's range lies inside the query
# range, so only the nodes cut by its two ends recurse: O(log n) per query, n queries.
n = int(input())
a = list(map(int, input().split()))
tree = [0] * (4 * n)


def build(v, l, r):
    if l == r:
        tree[v] = a[l]
        return
    mid = (l + r) // 2
    build(2 * v, l, mid)
    build(2 * v + 1, mid + 1, r)
    tree[v] = max(tree[2 * v], tree[2 * v + 1])


def query(v, l, r, ql, qr):
    if qr < l or r < ql:
        return 0
    if ql <= l and r <= qr:
        return tree[v]
    mid = (l + r) // 2
    return max(query(2 * v, l, mid, ql, qr), query(2 * v + 1, mid + 1, r, ql, qr))


build(1, 0, n - 1)
for i in range(n):
    print(query(1, 0, n - 1, 0, i))
