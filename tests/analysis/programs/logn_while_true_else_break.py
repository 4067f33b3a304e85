# expect time=logn
# while True: if test: ... else: break -- the loop goes on while the test holds: n is divided by 3
# at each pass, log n passes (the else-break was no exit the analyzer read: a walk until break, n).
n = int(input())
c = 0
while True:
    if n % 3 == 0:
        n //= 3
        c += 1
    else:
        break
print(c)
