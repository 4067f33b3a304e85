# expect time=exponential
# The sums of all subsets, built in place: for each value, every sum already in the list comes back
# with the value added, so the list doubles with each value read.
n = int(input())
values = list(map(int, input().split()))
sums = [0]
for v in values:
    for i in range(len(sums)):
        sums.append(sums[i] + v)
limit = int(input())
print(sum(1 for s in sums if s <= limit))
