# expect time=quadratic
# n rows of n numbers, each row summed into its own slot: the rows are no test cases (no row reads
# a size of its own), so the reading is n * n.
n = int(input())
best = [0] * n
for i in range(n):
    s = 0
    for j in range(n):
        s += int(input())
    best[i] = s
print(max(best))
