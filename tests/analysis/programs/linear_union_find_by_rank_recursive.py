# expect time=linear
# The recursive find that writes the root back (path compression) with union by rank: both
# together make every find amortized constant (inverse Ackermann), so the edges are read in O(m).
n, m = map(int, input().split())
p = list(range(n))
rank = [0] * n
def find(x):
    if p[x] != x:
        p[x] = find(p[x])
    return p[x]
def union(a, b):
    a, b = find(a), find(b)
    if a == b:
        return False
    if rank[a] < rank[b]:
        a, b = b, a
    p[b] = a
    if rank[a] == rank[b]:
        rank[a] += 1
    return True
cnt = 0
for _ in range(m):
    u, v = map(int, input().split())
    if union(u - 1, v - 1):
        cnt += 1
print(cnt)
