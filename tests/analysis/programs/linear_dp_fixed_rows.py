# expect time=linear space=linear
# Every row of the table has three cells, a size written in the program: max(best[i - 1]) and the
# loop over a row are O(1), so the DP is linear (the cells' values stay numbers of the input's size).
n = int(input())
a = list(map(int, input().split()))
best = [[0] * 3 for _ in range(n + 1)]
for i in range(1, n + 1):
    best[i][0] = max(best[i - 1])
    for j in range(1, 3):
        best[i][j] = best[i - 1][j - 1] + a[i - 1]
print(max(best[n]))
