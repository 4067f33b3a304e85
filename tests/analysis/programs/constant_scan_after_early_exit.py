# expect time=constant space=constant
# A large k is answered at once and the program stops; the loop after it runs only for k at most
# 100, so it takes at most 100 passes whatever is read.
import sys

k = int(input())
if k > 100:
    print("NO")
    sys.exit()
total = 0
x = 1
while x < k:
    x += 1
    total += x * x
print(total)
