# expect time=constant
# while True left when a counter stepped by one on every pass reaches 4 runs four times, as
# `while i != 4` would, not once over the input until some break (it was linear).
n = int(input())
coins = [25, 10, 5, 1]
i = 0
count = 0
while True:
    if i == 4:
        break
    count += n // coins[i]
    n %= coins[i]
    i += 1
print(count)
