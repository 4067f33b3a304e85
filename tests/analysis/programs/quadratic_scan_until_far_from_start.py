# expect time=quadratic
# The inner loop breaks only when j is k past i, with k read from the input: up to n passes.
n, k = map(int, input().split())
a = list(map(int, input().split()))
pairs = 0
for i in range(n):
    for j in range(i + 1, n):
        if j - i > k:
            break
        if a[i] == a[j]:
            pairs += 1
print(pairs)
