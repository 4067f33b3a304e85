# expect time=nlogn space=linear
# Sieve of Eratosthenes: the inner loop starts at i * i but steps by i, so it runs at most n / i
# times; over all i that is n log log n, reported as n log n (the start does not add steps).
n = int(input())
composite = [False] * (n + 1)
primes = 0
for i in range(2, n + 1):
    if not composite[i]:
        primes += 1
        for j in range(i * i, n + 1, i):
            composite[j] = True
print(primes)
