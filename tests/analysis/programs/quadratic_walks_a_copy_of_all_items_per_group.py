# expect time=quadratic
# Near miss of nlogn_walks_a_sorted_copy_of_each_group.py: the copy walked on each pass is of all
# the items, not of the pass's group, so every group costs n.
n = int(input())
a = list(map(int, input().split()))
c = list(map(int, input().split()))
by = {}
for i in range(n):
    by.setdefault(c[i], []).append(a[i])
total = 0
for col in by:
    s = list(a)
    for k in range(len(s)):
        if s[k] == col:
            total += 1
print(total)
