# expect time=nlogn
# Small to large with the set operator: after the swap that keeps the larger set at the parent,
# s[p] |= s[v] adds the smaller set's items to the larger, log n moves per item over the loop (the
# in-place union was read as O(1), so the loop was linear).
n = int(input())
col = list(map(int, input().split()))
par = [0] + [int(x) - 1 for x in input().split()]
s = [{col[v]} for v in range(n)]
for v in range(n - 1, 0, -1):
    p = par[v]
    if len(s[v]) > len(s[p]):
        s[v], s[p] = s[p], s[v]
    s[p] |= s[v]
print(len(s[0]))
