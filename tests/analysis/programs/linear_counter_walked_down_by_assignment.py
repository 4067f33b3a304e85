# expect time=linear space=constant
# n = n - 1 walks n down to the loop's constant stop as n -= 1 does, and so does a conditional
# expression whose branches both subtract a constant: n passes (both were read as constant).
n = int(input())
m = n
c = 0
while n > 0:
    n = n - 1
    c += 1
while m > 0:
    m = m - 2 if m % 2 == 0 else m - 1
    c += 1
print(c)
