# expect time=nlogn
# The step halves on every pass, but each pass walks all n items, not the step: n times log n passes
# (the geometric rule for passes that walk the halved size must not apply here).
n = int(input())
a = list(map(int, input().split()))
step = n
total = 0
while step:
    for i in range(n):
        total += a[i] // step
    step //= 2
print(total)
