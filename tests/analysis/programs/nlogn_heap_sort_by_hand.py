# expect time=nlogn space=linear
# Heap sort by hand: sift moves i to a child, c = 2 * i + 1 (or the next one), so i at least
# doubles on every pass and the loop stops once 2 * i + 1 reaches the size: log n passes per sift,
# n sifts.
n = int(input())
a = list(map(int, input().split()))
def sift(a, i, size):
    while 2 * i + 1 < size:
        c = 2 * i + 1
        if c + 1 < size and a[c + 1] > a[c]:
            c += 1
        if a[i] >= a[c]:
            break
        a[i], a[c] = a[c], a[i]
        i = c
for i in range(n // 2 - 1, -1, -1):
    sift(a, i, n)
for end in range(n - 1, 0, -1):
    a[0], a[end] = a[end], a[0]
    sift(a, 0, end)
print(*a)
