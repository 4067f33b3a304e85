# expect time=nlogn space=linear
# For each i the inner loops stop at n / i (range(1, n // i + 1), while i * k <= n): n/1 + n/2 +
# ... + n/n = n log n passes in all, not n for every i.
n = int(input())
multiples = [0] * (n + 1)
for i in range(1, n + 1):
    for j in range(1, n // i + 1):
        multiples[i * j] += 1
for i in range(1, n + 1):
    k = 1
    while i * k <= n:
        multiples[i * k] += i
        k += 1
print(max(multiples))
