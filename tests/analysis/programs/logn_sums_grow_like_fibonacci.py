# expect time=logn space=constant
# No update multiplies, yet both loops double their values every two passes: a, b = b, a + b makes
# Fibonacci numbers, and adding each of two values to the other in turn (Euclid's algorithm run
# backwards) grows them at least as fast. Each loop runs until a value passes n: log n passes, not n.
n = int(input())
a, b = 0, 1
steps = 0
while b <= n:
    a, b = b, a + b
    steps += 1
x, y = 1, 1
moves = 0
while max(x, y) <= n:
    if x < y:
        x += y
    else:
        y += x
    moves += 1
print(steps, moves)
