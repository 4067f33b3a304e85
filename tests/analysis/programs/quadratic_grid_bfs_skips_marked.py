# expect time=quadratic
# `if seen[i][j]: continue` and then a BFS that marks every cell it reaches: all the BFSs together
# enter each cell once, n * m in all, not n * m per start.
from collections import deque

n, m = map(int, input().split())
g = [input() for _ in range(n)]
seen = [[False] * m for _ in range(n)]
comps = 0
for i in range(n):
    for j in range(m):
        if seen[i][j] or g[i][j] == '#':
            continue
        comps += 1
        seen[i][j] = True
        q = deque([(i, j)])
        while q:
            x, y = q.popleft()
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                a, b = x + dx, y + dy
                if a < 0 or b < 0 or a >= n or b >= m or seen[a][b] or g[a][b] == '#':
                    continue
                seen[a][b] = True
                q.append((a, b))
print(comps)
