# expect time=linear
# Path halving plus linking the smaller tree under the larger: each find costs the inverse
# Ackermann function of n amortized (at most 4 in practice), so m finds are O(m), not O(m log n).
n, m = map(int, input().split())
parent = list(range(n + 1))
size = [1] * (n + 1)
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
comps = n
for _ in range(m):
    a, b = map(int, input().split())
    ra, rb = find(a), find(b)
    if ra != rb:
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        comps -= 1
print(comps)
