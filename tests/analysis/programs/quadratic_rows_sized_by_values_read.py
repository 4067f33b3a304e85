# expect time=quadratic
# Near miss of linear_groups_sized_by_counts.py: the row lengths are values read, not counts of the
# items, so nothing bounds their sum: n rows of up to n slots each.
n = int(input())
lengths = list(map(int, input().split()))
rows = [None] * n
for v in range(n):
    rows[v] = [0] * lengths[v]
total = 0
for v in range(n):
    for x in rows[v]:
        total += x + 1
print(total)
