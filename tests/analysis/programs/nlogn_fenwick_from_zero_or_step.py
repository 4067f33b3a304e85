# expect time=nlogn
# A Fenwick tree indexed from 0: the update walks up with i |= i + 1 (sets the lowest zero bit,
# log n steps) and the prefix sum walks down with i = (i & (i + 1)) - 1. n updates and queries.
n = int(input())
a = list(map(int, input().split()))
tree = [0] * n
inversions = 0
for x in reversed(a):
    j = x - 1
    s = 0
    while j >= 0:
        s += tree[j]
        j = (j & (j + 1)) - 1
    inversions += s
    i = x
    while i < n:
        tree[i] += 1
        i |= i + 1
print(inversions)
