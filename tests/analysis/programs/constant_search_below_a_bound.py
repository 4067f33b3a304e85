# expect time=constant space=linear
# Every subset is tried only inside `if n < 20:`, where n is at most 20: the 2^n masks are at most
# 2^20 whatever is read, and the other branch does a constant amount of work. The analysis sizes n
# once for the whole program, so the bound the branch puts on it is written in before (min(n, 20)).
n = int(input())
weights = list(map(int, input().split()))
if n < 20:
    best = 0
    for mask in range(1 << n):
        total = 0
        for i in range(n):
            if mask >> i & 1:
                total += weights[i]
        if total % 7 == 0:
            best = max(best, total)
    print(best)
else:
    print(sum(weights[:3]) % 7)
