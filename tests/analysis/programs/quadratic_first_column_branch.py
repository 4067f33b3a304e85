# expect time=quadratic
# The inner loop over k sits in a branch that needs the counter j to equal 0: j takes each value once
# per run of its loop, so that branch runs once per row and its n steps add to the row's n steps.
n = int(input())
a = list(map(int, input().split()))
prev = [1] * n
for i in range(1, n):
    cur = [0] * n
    for j in range(n):
        if j == 0:
            total = 0
            for k in range(n):
                total += prev[k]
            cur[j] = total
        else:
            cur[j] = cur[j - 1] - prev[j - 1] + a[j]
    prev = cur
print(prev[-1])
