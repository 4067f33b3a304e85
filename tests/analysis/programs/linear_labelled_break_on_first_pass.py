# expect time=linear
# What a Java `break outer;` written at the top level of an inner loop lowers to: the inner loop sets
# the flag and leaves on its first pass, and the loop around tests the flag right after it, so that
# loop too stops in its first pass (it was cubic).
n = int(input())
a = list(map(int, input().split()))
best = 0
for i in range(n):
    _break_outer = False
    for j in range(i, n):
        for k in range(n):
            best = max(best, a[j] + a[k])
            _break_outer = True
            break
        if _break_outer:
            break
print(best)
