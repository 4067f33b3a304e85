# expect time=nlogn
# Small-to-large merging of the colour sets of a tree's subtrees (children after their parent in
# the order given): the smaller set is walked and added to the larger, after a swap that makes it
# so. An item that moves lands in a set at least twice the size of the one it left, so it moves
# at most log n times: n log n in all (it was linear: each set walked as one group of a list
# of sets, as if no item ever moved).
n = int(input())
col = list(map(int, input().split()))
par = [0] + [int(x) - 1 for x in input().split()]
s = [{col[v]} for v in range(n)]
ans = [0] * n
for v in range(n - 1, 0, -1):
    ans[v] = len(s[v])
    p = par[v]
    if len(s[v]) > len(s[p]):
        s[v], s[p] = s[p], s[v]
    for x in s[v]:
        s[p].add(x)
ans[0] = len(s[0])
print(*ans)
