# expect time=exponential
# Gosper's step walks the masks of n bits that have exactly k bits set, in increasing order, while
# the mask stays below 1 << n: up to C(n, n/2) masks, exponential in n, each summed in n steps.
n, k = map(int, input().split())
a = list(map(int, input().split()))
best = 0
mask = (1 << k) - 1
while mask < (1 << n):
    total = 0
    for i in range(n):
        if mask >> i & 1:
            total += a[i]
    best = max(best, total)
    low = mask & -mask
    ripple = mask + low
    mask = (((ripple ^ mask) >> 2) // low) | ripple
print(best)
