# expect time=linear
# Cycles of a permutation: the inner loop marks each item it tests (a[x] = -1) and stops at a marked
# one, so over the whole outer loop it visits each item once.
n = int(input())
a = list(map(int, input().split()))
cycles = 0
for i in range(n):
    if a[i] == -1:
        continue
    cycles += 1
    x = i
    while a[x] != -1:
        y = a[x]
        a[x] = -1
        x = y - 1
print(cycles)
