# expect time=logn space=constant
# x = 2 * x + 1 and x = x * k + 1 set a counter to more than twice itself (k >= 2 as a factor),
# so a loop until it passes n runs log n times, as x *= 2 does (both were read as n steps). The
# seventh round rejected this for moving a studied program; it moves none of either dev file now.
n, k = map(int, input().split())
x = 1
c = 0
while x < n:
    x = 2 * x + 1
    c += 1
y = 1
while y <= n:
    y = y * k + 1
    c += 1
print(c)
