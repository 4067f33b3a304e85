# expect time=linear space=constant
# A value that takes another's and adds only a constant (a = b; b = a + 1) is a counter stepped by
# one, not a sum of two growing values: the loop runs n times. Likewise x += y with y stepped by one
# grows x quadratically, so that loop runs sqrt n times.
n = int(input())
a, b = 0, 1
while b < n:
    a = b
    b = a + 1
x, y = 0, 1
while x < n:
    x += y
    y += 1
print(a, b, x, y)
