# expect time=linear
# The inner loop sits in a branch that leaves the outer loop afterwards (break): it runs at most once
# over the whole outer loop, so the work adds up instead of multiplying.
n = int(input())
a = list(map(int, input().split()))
k = int(input())
start = -1
for i in range(n):
    if a[i] == k:
        seen = set()
        for j in range(i, -1, -1):
            seen.add(a[j])
            if len(seen) == k:
                start = j
                break
        break
print(start)
