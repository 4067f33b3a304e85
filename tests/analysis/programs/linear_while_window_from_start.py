# expect time=linear
# j starts at i and the loop stops at i + 3: three passes for each i, whatever n (it was quadratic,
# the limit read as i's size).
n = int(input())
a = list(map(int, input().split()))
best = 0
for i in range(n):
    j = i
    s = 0
    while j < i + 3 and j < n:
        s += a[j]
        j += 1
    best = max(best, s)
print(best)
