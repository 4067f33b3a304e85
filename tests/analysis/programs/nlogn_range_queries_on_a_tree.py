# expect time=nlogn
# Each pass reads one query and prints its answer, but all passes consult the same tree built from
# the input before the loop: n queries of log n steps each, not n independent test cases.
n = int(input())
a = list(map(int, input().split()))
tree = [0] * (2 * n)
for i in range(n):
    tree[n + i] = a[i]
for i in range(n - 1, 0, -1):
    tree[i] = tree[2 * i] + tree[2 * i + 1]


def query(lo, hi):
    total = 0
    lo += n
    hi += n
    while lo < hi:
        if lo & 1:
            total += tree[lo]
            lo += 1
        if hi & 1:
            hi -= 1
            total += tree[hi]
        lo >>= 1
        hi >>= 1
    return total


for _ in range(n):
    l, r = map(int, input().split())
    print(query(l - 1, r))
