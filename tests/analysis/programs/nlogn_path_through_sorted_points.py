# expect time=nlogn space=linear
# The points are visited in sorted order and each step writes as many moves as the distance from
# the last point: the distances add up to one range of coordinates over the whole loop, so the moves
# cost n in all, not the largest coordinate on every pass; the sort is n log n.
n = int(input())
points = [tuple(map(int, input().split())) for _ in range(n)]
points.sort()
x = y = 0
moves = []
for a, b in points:
    if b < y:
        print("NO")
        exit()
    moves.append("R" * (a - x) + "U" * (b - y))
    x, y = a, b
print("YES")
print("".join(moves))
