# expect time=linear space=linear
# Peeling leaves off a tree kept as a list of sets: set.remove and membership are O(1), whatever the
# size of the set, and the leaf lists are consumed level by level.
n = int(input())
g = [set() for _ in range(n + 1)]
for _ in range(n - 1):
    a, b = map(int, input().split())
    g[a].add(b)
    g[b].add(a)
leaves = [v for v in range(1, n + 1) if len(g[v]) == 1]
rounds = 0
removed = 0
while removed < n - 1:
    nxt = []
    for leaf in leaves:
        if not g[leaf]:
            continue
        parent = g[leaf].pop()
        g[parent].remove(leaf)
        removed += 1
        if len(g[parent]) == 1:
            nxt.append(parent)
    leaves = nxt
    rounds += 1
print(rounds)
