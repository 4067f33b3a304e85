# expect time=logn
# i = 2 * i + 1 is a child's index in an array heap: i more than doubles on every pass, so the walk
# from the root to a leaf takes log n passes (it was read as a step of one, n passes).
n = int(input())
h = list(map(int, input().split()))
i = 0
depth = 0
while 2 * i + 1 < n:
    i = 2 * i + 1
    depth += 1
print(depth, h[i])
