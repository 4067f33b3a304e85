# expect time=logn
# A loop whose test is a lone flag, set only where the loop should end (`if n == 0: done = True`),
# runs as `while n != 0`: n is divided by 3 each pass, log n passes. It was read as a loop on a name
# no input reaches, constant.
n = int(input())
done = False
digits = 0
while not done:
    n //= 3
    digits += 1
    if n == 0:
        done = True
print(digits)
