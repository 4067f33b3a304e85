# expect time=linear space=linear
# pre[i + 1] = gcd(pre[i], a[i]): each entry divides the one before it, so along the loop the values
# only shrink and the Euclid steps of all calls add up to the passes plus the log of the first value,
# as for a running g = gcd(g, x): O(1) per pass amortized, not log n.
from math import gcd
n = int(input())
a = list(map(int, input().split()))
pre = [0] * (n + 1)
suf = [0] * (n + 2)
for i in range(n):
    pre[i + 1] = gcd(pre[i], a[i])
for i in range(n - 1, -1, -1):
    suf[i] = gcd(suf[i + 1], a[i])
print(max(pre[i] + suf[i + 1] for i in range(n)))
