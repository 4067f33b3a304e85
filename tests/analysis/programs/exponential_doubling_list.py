# expect time=exponential
# Every subset sum, built by doubling a list once per item: after n items the list holds 2^n sums,
# and the loop over it at the end walks all of them.
n = int(input())
a = list(map(int, input().split()))
sums = [0]
for x in a:
    sums = sums + [s + x for s in sums]
target = int(input())
ways = 0
for s in sums:
    if s == target:
        ways += 1
print(ways)
