# expect time=quadratic
# s[p] |= s[v] costs the size of s[v] (an in-place union takes every item of the other set, as
# update() does); without the small-to-large swap a path of n vertices passes sets of 1, 2, ...,
# n items up: n^2 (it was read as O(1) per union, linear).
n = int(input())
par = [0] + [int(x) - 1 for x in input().split()]
s = [{v} for v in range(n)]
for v in range(n - 1, 0, -1):
    s[par[v]] |= s[v]
print(len(s[0]))
