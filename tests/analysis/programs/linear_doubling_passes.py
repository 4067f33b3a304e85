# expect time=linear
# m doubles on every pass up to n and each pass walks m items: 1 + 2 + 4 + ... + m < 2n steps in all,
# the last pass's cost, not n times log n passes (it was n log n).
n = int(input())
a = list(map(int, input().split()))
m = 1
total = 0
while m < n:
    for i in range(m):
        total += a[i]
    m *= 2
print(total)
