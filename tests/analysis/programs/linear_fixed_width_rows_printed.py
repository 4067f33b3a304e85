# expect time=linear
# A table of n rows of two cells, filled in one pass and printed row by row: each row holds two
# numbers, so list(r) is constant work and printing the table is linear (quadratic when each row
# was taken as a list of unknown length).
n = int(input())
dp = [[0] * 2 for _ in range(n)]
dp[0][0] = int(input())
for i in range(1, n):
    x = int(input())
    dp[i][0] = max(dp[i - 1][0], dp[i - 1][1])
    dp[i][1] = dp[i - 1][0] + x
for r in dp:
    print(list(r))
print(max(dp[n - 1]))
