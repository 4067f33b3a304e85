# expect time=nlogn space=linear
# Test cases: a list collected inside the loop is emptied for each case, so sorting it costs the
# size of one case, not the size of all cases so far.
t = int(input())
for _ in range(t):
    n = int(input())
    pairs = []
    for x in map(int, input().split()):
        if x % 2 == 0:
            pairs.append(x)
    pairs.sort()
    print(sum(pairs[: n // 2]))
