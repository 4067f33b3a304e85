# expect time=logn
# The window's end is kept in a name first (last = min(n, s + 180)): range(s, last + 1) still has
# at most 181 values, each checked over the digits of a number up to n.
n, s = map(int, input().split())
last = min(n, s + 180)
count = 0
for v in range(s, last + 1):
    if v - sum(int(c) for c in str(v)) >= s:
        count += 1
print(count + max(0, n - last))
