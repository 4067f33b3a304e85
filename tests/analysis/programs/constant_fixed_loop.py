# expect time=constant
n = int(input())
total = 0
for i in range(1000):
    total += i * n
print(total)
