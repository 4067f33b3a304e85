# expect time=logn
# n = n // 2 if n is even, else n + 1: an odd n becomes even, so n halves at least every other pass,
# log n passes, as the same update written with if/else already was (the conditional expression
# hid the halving: constant).
n = int(input())
steps = 0
while n > 1:
    n = n // 2 if n % 2 == 0 else n + 1
    steps += 1
print(steps)
