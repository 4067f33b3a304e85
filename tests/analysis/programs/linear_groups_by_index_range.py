# expect time=linear space=linear
# The positions of each value, walked by index or through a name bound to one group: the groups
# hold every position once, so the inner loops add up to n over the loop around them.
n = int(input())
a = list(map(int, input().split()))
where = {}
for i, x in enumerate(a):
    where.setdefault(x, []).append(i)
widest = 0
for x in where:
    spots = where[x]
    for k in range(1, len(spots)):
        widest = max(widest, spots[k] - spots[k - 1])
for x, spots in where.items():
    for k in range(len(spots) - 1):
        widest = max(widest, spots[k + 1] - spots[k])
print(widest)
