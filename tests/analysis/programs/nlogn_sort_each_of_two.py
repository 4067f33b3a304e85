# expect time=nlogn
# The loop runs twice (a tuple written out in the code), and each time `side` is one of the two lists
# read from the input: sorting it costs n log n, not O(1).
xs = list(map(int, input().split()))
ys = list(map(int, input().split()))
widest = 1
for side, limit in zip((xs, ys), (10, 20)):
    side.sort()
    gap = side[0]
    for i in range(1, len(side)):
        gap = max(gap, side[i] - side[i - 1])
    widest *= max(gap, limit - side[-1])
print(widest)
