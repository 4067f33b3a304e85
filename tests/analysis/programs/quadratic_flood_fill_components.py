# expect time=quadratic
# Counting the components of an n x m grid: fill() marks every cell it enters, and the loops call
# it only on cells not marked yet, so all the fills together enter each cell once: O(n*m), not
# n*m fills of n*m cells each.
import sys
sys.setrecursionlimit(1 << 20)
n, m = map(int, input().split())
grid = [list(input()) for _ in range(n)]


def fill(i, j):
    if i < 0 or j < 0 or i >= n or j >= m or grid[i][j] != '.':
        return
    grid[i][j] = '#'
    fill(i + 1, j)
    fill(i - 1, j)
    fill(i, j + 1)
    fill(i, j - 1)


components = 0
for i in range(n):
    for j in range(m):
        if grid[i][j] == '.':
            fill(i, j)
            components += 1
print(components)
