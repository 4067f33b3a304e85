# expect time=linear
# Cutting a list into chunks of a width the program names (K = 300): each slice copies at most K
# items and there are n / K of them, so the chunks copy each item once.
K = 300
n = int(input())
a = list(map(int, input().split()))
chunks = [a[i:i + K] for i in range(0, n, K)]
tops = [c[-1] for c in chunks]
q = int(input())
for _ in range(q):
    i = int(input())
    print(chunks[i // K][i % K], tops[i // K])
