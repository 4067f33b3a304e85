# expect time=logn
# Counting up to n but leaving once 2 ** k exceeds n: log n passes.
n = int(input())
levels = 0
for k in range(1, n + 1):
    if 2 ** k > n:
        levels = k
        break
print(levels)
