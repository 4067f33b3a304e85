# expect time=linear
# Square-root decomposition: the list is cut into k consecutive pieces a[n * i // k:n * (i + 1) // k]
# (each item lands in one piece, so the pieces copy the list once), then each query reads the first
# item of a piece.
import math
n = int(input())
a = list(map(int, input().split()))
k = max(1, math.isqrt(n))
pieces = [a[n * i // k:n * (i + 1) // k] for i in range(k)]
q = int(input())
for _ in range(q):
    j = int(input())
    print(pieces[j % k][0] if pieces[j % k] else 0)
