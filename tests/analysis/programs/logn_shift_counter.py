# expect time=logn space=constant
# The counter is only ever an exponent (1 << k): the loop runs once per bit of n.
n = int(input())
k = 0
while (1 << k) <= n:
    k += 1
highest = 0
while n >> highest:
    highest += 1
print(k, highest)
