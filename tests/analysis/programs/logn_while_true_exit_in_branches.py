# expect time=logn
# while True left by an else branch that prints and then breaks, or by an if whose branches both
# break, runs as the loop of its test: n halves, log n passes (it was read as one pass over the
# input until some break, linear).
n = int(input())
k = int(input())
m = n
c = 0
while True:
    if m > 1:
        m //= 2
        c += 1
    else:
        print(c)
        break
p = 1
while True:
    p *= 2
    if p > n:
        if k > 0:
            break
        else:
            break
print(p)
