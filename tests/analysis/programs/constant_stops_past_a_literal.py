# expect time=constant
# The smallest divisor of n up to 50 (or none), and the first cube above 5000: each loop breaks as
# soon as its counter passes a constant, so neither runs more than a constant number of passes.
n = int(input())
divisor = -1
for d in range(2, n + 1):
    if d > 50:
        break
    if n % d == 0:
        divisor = d
        break
k = 1
while True:
    if k * k * k > 5000:
        break
    k += 1
print(divisor, k)
