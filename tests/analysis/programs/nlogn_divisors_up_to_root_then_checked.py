# expect time=nlogn
# Divisors found by trial up to the square root, either checked on the spot or kept in a list that
# a linear check then walks: the list gets one pair per divisor, so it holds about log n values, not
# sqrt(n), and each check of n steps runs that often.
n = int(input())
a = list(map(int, input().split()))


def repeats_every(k):
    return all(a[i] == a[i - k] for i in range(k, n))


best = n
i = 1
while i * i <= n:
    if n % i == 0 and repeats_every(i):
        best = min(best, i)
    i += 1
divisors = []
for d in range(1, int(n ** 0.5) + 1):
    if not n % d:
        divisors.append(d)
        divisors.append(n // d)
for d in divisors:
    if repeats_every(d):
        best = min(best, d)
print(best)
