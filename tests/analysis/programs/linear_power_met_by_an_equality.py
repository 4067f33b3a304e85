# expect time=linear
# A for loop left when a power of two, reduced modulo a prime, equals the target: the power never
# passes a bound, so nothing stops the search before n passes (a discrete logarithm by trial).
n, t = map(int, input().split())
M = 1000003
found = -1
for e in range(n):
    if 2 ** e % M == t:
        found = e
        break
print(found)
