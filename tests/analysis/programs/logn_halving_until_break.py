# expect time=logn space=constant
# The loop has no condition of its own: it stops at the test on n, which it halves on every pass,
# so it runs log n times, not once over the input.
n = int(input())
steps = 0
while True:
    if n <= 1:
        break
    n //= 2
    steps += 1
print(steps)
