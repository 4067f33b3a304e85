# expect time=quadratic
# while q: q -= 1 around queries that each sum a range of the one array read before the loop, printing
# the sum: q queries on shared data (q * n), not q independent test cases.
n, q = map(int, input().split())
a = list(map(int, input().split()))
while q > 0:
    q -= 1
    l, r = map(int, input().split())
    s = 0
    for i in range(l - 1, r):
        s += a[i]
    print(s)
