# expect time=nlogn
# Union of components that keeps the member lists, merging the shorter list into the longer (the
# indexes swapped when needed), with update() and a loop over the smaller list's items: each
# vertex changes component at most log n times (it was n * m).
n, m = map(int, input().split())
sets = [{i} for i in range(n)]
root = list(range(n))
for _ in range(m):
    u, v = map(int, input().split())
    a, b = root[u], root[v]
    if a == b:
        continue
    if len(sets[a]) < len(sets[b]):
        a, b = b, a
    for x in sets[b]:
        root[x] = a
    sets[a].update(sets[b])
    sets[b] = set()
print(len(set(root)))
