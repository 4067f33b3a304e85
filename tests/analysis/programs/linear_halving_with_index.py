# expect time=linear
# Each call halves [l, r] while the node index 2v / 2v + 1 grows: the depth is log n and the two
# calls with O(1) work each make O(n) calls in all (this recursion has no query range to stop at).
n = int(input())
a = list(map(int, input().split()))
tree = [0] * (4 * n)


def total(v, l, r):
    if l == r:
        tree[v] = a[l]
        return a[l]
    mid = (l + r) // 2
    tree[v] = total(2 * v, l, mid) + total(2 * v + 1, mid + 1, r)
    return tree[v]


print(total(1, 0, n - 1))
