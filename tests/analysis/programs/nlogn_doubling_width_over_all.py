# expect time=nlogn
# The width doubles on every pass, but each pass walks nearly all n items (range(n - w)), not the
# width: log n passes of n steps each (the doubling rule must not make it linear).
n = int(input())
a = list(map(int, input().split()))
w = 1
total = 0
while w < n:
    for i in range(0, n - w):
        total += a[i + w] - a[i]
    w *= 2
print(total)
