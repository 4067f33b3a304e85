# expect time=linear
# The inner loop breaks at the top level of its body, with no continue before it: it runs one pass
# whatever its range, so the program is one loop over the items (it was quadratic).
n = int(input())
a = list(map(int, input().split()))
best = 0
for i in range(n):
    for j in range(i, n):
        best = max(best, a[i] + a[j])
        break
print(best)
