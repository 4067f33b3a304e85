# expect time=linear space=constant
# Each pass reads a line and prints one answer, the shape of test cases, but the answer is the best
# of all lines so far (best = max(best, x), never started afresh): the passes are the items of one
# input, n of them, not independent cases.
n = int(input())
best = 0
for _ in range(n):
    x = int(input())
    best = max(best, x)
    print(best)
