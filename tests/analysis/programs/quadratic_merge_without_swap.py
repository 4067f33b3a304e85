# expect time=quadratic
# Each vertex's set is merged into its parent's with no swap to keep the smaller side: on a path
# the sets grow to 1, 2, ..., n and each is walked again, n^2 in all. The walk is over one group
# of a list of sets, but it copies the items into another group, so the groups do not hold each
# item once and the walks do not add up to n (it was linear). With the swap it is n log n
# (nlogn_small_to_large_merge.py).
n = int(input())
par = [0] + [int(x) - 1 for x in input().split()]
s = [{v} for v in range(n)]
for v in range(n - 1, 0, -1):
    p = par[v]
    for x in s[v]:
        s[p].add(x)
print(len(s[0]))
