# expect time=logn space=constant
# A counter set by a conditional expression changes by one branch or the other on each pass:
# n = n // 2 if n % 2 == 0 else n - 1 halves at least every second pass, so the loop runs about
# 2 log n times, per test case (it was constant: neither branch was read as an update of n).
t = int(input())
for _ in range(t):
    n = int(input())
    steps = 0
    while n > 1:
        n = n // 2 if n % 2 == 0 else n - 1
        steps += 1
    print(steps)
