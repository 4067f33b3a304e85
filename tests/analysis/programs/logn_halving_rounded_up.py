# expect time=logn space=constant
# n // 2 + n % 2 and m - m // 2 are both half the number rounded up, and x += x doubles x: each loop
# runs log n times, not once (the halved name is the loop's own counter) nor n times.
n = int(input())
m = n
rounds = 0
while n > 1:
    n = n // 2 + n % 2
    rounds += 1
while m > 1:
    m = m - m // 2
    rounds += 1
x = 1
while x < m + n + rounds:
    x += x
print(rounds, x)
