# expect time=linear
# m halves through a temporary (half = m // 2; ...; m = half), and each pass walks half items: the
# passes together walk fewer than n, the first pass's cost (it was n log n).
n = int(input())
a = list(map(int, input().split()))
m = n
while m > 1:
    half = m // 2
    for i in range(half):
        a[i] = a[i] + a[i + half]
    m = half
print(a[0])
