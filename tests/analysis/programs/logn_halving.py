# expect time=logn space=constant
n = int(input())
steps = 0
while n > 0:
    n //= 2
    steps += 1
print(steps)
