# expect time=linear
# The longest run of items with sum at most s: the window [i, j) sheds a[i] when it holds it, and
# restarts at i + 1 only when it is empty (j <= i), which moves j forward too. j never goes back, so
# the while loop walks 0..n once over the whole outer loop.
n, s = map(int, input().split())
a = list(map(int, input().split()))
j = 0
total = 0
best = 0
for i in range(n):
    while j < n and total + a[j] <= s:
        total += a[j]
        j += 1
    best = max(best, j - i)
    if j > i:
        total -= a[i]
    else:
        j = i + 1
print(best)
