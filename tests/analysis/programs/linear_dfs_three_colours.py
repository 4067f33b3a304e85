# expect time=linear
# Cycle detection with white/grey/black marks: dfs returns nothing, so the table it tests before
# recursing and writes afterwards (colour 1, then 2) is a traversal's marks, not a memo of answers.
# Each vertex is entered once from the loop over the vertices: n + m.
import sys

sys.setrecursionlimit(10 ** 6)
n, m = map(int, input().split())
adj = [[] for _ in range(n)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u - 1].append(v - 1)
colour = [0] * n
found = False


def dfs(v):
    global found
    colour[v] = 1
    for u in adj[v]:
        if colour[u] == 1:
            found = True
        elif colour[u] == 0:
            dfs(u)
    colour[v] = 2


for i in range(n):
    if colour[i] == 0:
        dfs(i)
print("cycle" if found else "acyclic")
