# expect time=nlogn
# The number of levels is counted by a loop (while (1 << levels) <= n: levels += 1), so it is
# log n, and every level of the sparse table is a pass over the n items: n log n.
n = int(input())
a = list(map(int, input().split()))
levels = 0
while (1 << levels) <= n:
    levels += 1
table = [a[:]]
for j in range(1, levels):
    prev = table[-1]
    half = 1 << (j - 1)
    table.append([min(prev[i], prev[i + half]) for i in range(n - (1 << j) + 1)])
l, r = map(int, input().split())
j = (r - l + 1).bit_length() - 1
print(min(table[j][l], table[j][r - (1 << j) + 1]))
