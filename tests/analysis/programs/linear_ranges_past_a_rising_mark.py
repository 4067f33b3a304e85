# expect time=linear space=linear
# Cells filled from a mark up to each value, the mark then raised to that value (under a test that it
# rises, or as a maximum): the ranges never overlap, so over the whole loop they cover the values up
# to the largest once, n in all, not n on every pass.
n = int(input())
a = list(map(int, input().split()))
first = [0] * (n + 2)
covered = 0
for i in range(n):
    if a[i] > covered:
        for v in range(covered + 1, a[i] + 1):
            first[v] = i + 1
        covered = a[i]
reach = [0] * (n + 2)
top = 0
for i, x in enumerate(a):
    for v in range(top, x):
        reach[v] = i
    top = max(top, x)
print(*first[1:n + 1])
print(*reach[:n])
