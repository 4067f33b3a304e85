# expect time=linear
# Counting sort over a list as long as the largest value: each slot is emptied by a while loop that
# takes one per pass (while box[v] > 0: box[v] -= 1). The slots' counts add up to n, so the walk
# costs the values' range plus n, not the range times n.
n = int(input())
xs = list(map(int, input().split()))
top = max(xs)
box = [0] * (top + 1)
for x in xs:
    box[x] += 1
res = []
v = 0
for v in range(top + 1):
    while box[v] > 0:
        res.append(v)
        box[v] -= 1
print(" ".join(map(str, res)))
