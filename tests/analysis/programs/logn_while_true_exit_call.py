# expect time=logn
# The loop's only exit ends the program (sys.exit inside the if): it runs as `while n != 1`, halving
# n at least every other pass, not once over the input until some break.
import sys
n = int(input())
steps = 0
while True:
    if n == 1:
        print(steps)
        sys.exit(0)
    n = n // 2 if n % 2 == 0 else n - 1
    steps += 1
