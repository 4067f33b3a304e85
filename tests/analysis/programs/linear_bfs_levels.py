# expect time=linear space=linear
# Breadth-first search level by level: each level's list is built from the one before, and every
# vertex is in exactly one level, so the for-loops over the levels add up to V + E.
n, m = map(int, input().split())
adj = [[] for _ in range(n)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u - 1].append(v - 1)
    adj[v - 1].append(u - 1)
dist = [-1] * n
dist[0] = 0
level = [0]
depth = 0
while level:
    following = []
    for u in level:
        for w in adj[u]:
            if dist[w] < 0:
                dist[w] = depth + 1
                following.append(w)
    level = following
    depth += 1
print(max(dist))
