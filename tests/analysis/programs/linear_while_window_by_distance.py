# expect time=linear
# The same window tested by the counter's distance from its start (j - i < 3): three passes for each
# i, whatever n (it was quadratic).
n = int(input())
a = list(map(int, input().split()))
best = 0
for i in range(n):
    j = i
    s = 0
    while j - i < 3 and j < n:
        s = max(s, a[j])
        j += 1
    best += s
print(best)
