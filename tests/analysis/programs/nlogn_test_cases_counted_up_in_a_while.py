# expect time=nlogn
# The test cases are counted up in a while loop (i = 0; while i < t: ...; i += 1), the while form of
# `for i in range(t)`: one pass per test case, each sorting its own list, so the sort dominates and
# the passes do not multiply it.
t = int(input())
i = 0
while i < t:
    n = int(input())
    a = sorted(map(int, input().split()))
    best = 0
    j = 0
    while j < n:
        best = max(best, a[j] * (n - j))
        j += 1
    print(best)
    i += 1
