# expect time=nlogn space=linear
# The rows of the adjacency list start empty and grow with append: they are no rows of a size
# written in the program, so sorting each one is n log n over the traversal (the rule on fixed-size
# rows first took [] for such a row and read the sort as O(1)).
from collections import deque
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
seen = [False] * (n + 1)
seen[1] = True
queue = deque([1])
order = []
while queue:
    v = queue.popleft()
    order.append(v)
    for u in sorted(adj[v]):
        if not seen[u]:
            seen[u] = True
            queue.append(u)
print(*order)
