# expect time=linear
# A tally filled with d[x] += 1 and emptied with a while loop per item of the input: each pass takes
# one from a count and the counts add up to n, so the nested while costs n over the whole loop.
n = int(input())
a = [int(x) for x in input().split()]
tally = {}
for x in a:
    tally[x] = tally.get(x, 0) + 1
pairs = 0
for x in a:
    taken = 0
    while tally[x] >= 1:
        tally[x] -= 1
        taken += 1
    pairs += taken // 2
print(pairs)
