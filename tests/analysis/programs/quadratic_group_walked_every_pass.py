# expect time=quadratic
# Near miss of linear_group_walked_then_cleared.py: the group is walked on every pass and cleared
# only in another branch, when it reaches k; with k as large as n the walks add up to n squared.
n, k = map(int, input().split())
a = list(map(int, input().split()))
group = []
total = 0
for x in a:
    group.append(x)
    for y in group:
        total += y
    if len(group) == k:
        group.clear()
print(total)
