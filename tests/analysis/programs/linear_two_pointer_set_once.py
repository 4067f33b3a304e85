# expect time=linear
# Two pointers: j is set once before the loop over i and only moves forward, n steps in all over the
# whole loop (the window rule for a counter reset from i on each pass must leave it alone).
n, k = map(int, input().split())
a = list(map(int, input().split()))  # sorted by the input
j = 0
best = 0
for i in range(n):
    while j < n and a[j] - a[i] <= k:
        j += 1
    best = max(best, j - i)
print(best)
