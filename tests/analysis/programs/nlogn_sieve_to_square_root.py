# expect time=nlogn space=linear
# A sieve whose outer loop stops at the square root: the inner loop steps by i, so the passes for
# i = 2 .. sqrt n add up to n/2 + n/3 + ... = n log n, not sqrt n times n. The while form counts the
# same way.
n = int(input())
smallest = list(range(n + 1))
i = 2
while i * i <= n:
    if smallest[i] == i:
        for j in range(i * i, n + 1, i):
            if smallest[j] == j:
                smallest[j] = i
    i += 1
factors = 0
for i in range(2, int(n ** 0.5) + 1):
    for j in range(i * i, n + 1, i):
        factors += 1
print(smallest[n], factors)
