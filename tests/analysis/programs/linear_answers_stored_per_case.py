# expect time=linear
# Each test case reads its own n numbers and stores its answer in the slot its number indexes
# (ans[k] = s), printed after the loop: one answer kept per case, as ans.append(s) keeps it, so the
# t cases share the input and the loop does not multiply a case's work (quadratic without the rule).
t = int(input())
ans = [0] * t
for k in range(t):
    n = int(input())
    s = 0
    for _ in range(n):
        s += int(input())
    ans[k] = s
print("\n".join(map(str, ans)))
