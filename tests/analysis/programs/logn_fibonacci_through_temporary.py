# expect time=logn
# Fibonacci numbers without tuple assignment: t = x + y; x = y; y = t. x copies y, whose value is the
# pair's sum, so the pair passes n after log n steps, as `x, y = y, x + y` already read.
n = int(input())
x, y = 1, 1
steps = 0
while x <= n:
    t = x + y
    x = y
    y = t
    steps += 1
print(steps)
