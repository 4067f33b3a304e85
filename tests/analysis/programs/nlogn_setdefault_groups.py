# expect time=nlogn space=linear
# setdefault adds a key per item as positions[x] = ... would: sorting the keys is n log n, and the
# groups it hands out hold each position once.
n = int(input())
a = list(map(int, input().split()))
positions = {}
for i, x in enumerate(a):
    positions.setdefault(x, []).append(i)
spread = 0
for x in sorted(positions):
    for i in positions[x]:
        spread = max(spread, i - positions[x][0])
print(spread)
