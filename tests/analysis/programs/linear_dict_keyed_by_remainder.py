# expect time=linear
# A dictionary keyed by a remainder by a constant (x % 3) holds at most three keys however many
# numbers go in: sorting its keys afterwards is constant work, not n log n.
n = int(input())
a = list(map(int, input().split()))
by_rest = {}
sums = {}
for x in a:
    by_rest[x % 3] = by_rest.get(x % 3, 0) + 1
    sums.setdefault(x % 3, 0)
    sums[x % 3] += x
for rest in sorted(by_rest):
    print(rest, by_rest[rest], sums[rest])
