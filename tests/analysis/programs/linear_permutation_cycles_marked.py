# expect time=linear
# A walk along each cycle of a permutation, started only from an unmarked item and marking every
# item it passes (its own test, j != i, reads no mark): together the walks pass each item once.
n = int(input())
p = [int(x) - 1 for x in input().split()]
seen = [False] * n
total = 0
for i in range(n):
    if seen[i]:
        continue
    j, size = i, 0
    while True:
        seen[j] = True
        j = p[j]
        size += 1
        if j == i:
            break
    total += size * size
print(total)
