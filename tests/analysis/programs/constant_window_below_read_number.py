# expect time=constant
# The numbers just below n walked downwards, clamped at 1: at most 201 values, a width the program
# writes. Walked down, the range gives its ends in the other order with the clamp moved by one.
n = int(input())
best = -1
for x in range(n, max(1, n - 200) - 1, -1):
    if x % 21 == 0:
        best = x
        break
print(best)
