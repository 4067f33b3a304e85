# expect time=linear
# j = max(j, i) never moves j back and the while loop only steps it up: j walks 0..n once over the
# whole outer loop (a two-pointer window).
n = int(input())
a = list(map(int, input().split()))
best = j = 0
for i in range(n):
    j = max(j, i)
    while j + 1 < n and a[j + 1] > a[j]:
        j += 1
    best = max(best, j - i + 1)
print(best)
