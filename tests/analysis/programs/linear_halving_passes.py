# expect time=linear
# A while loop that halves m on every pass and walks m items in each pass does m + m/2 + m/4 + ...
# < 2m steps in all: its first pass's cost, not that times its log m passes (it was n log n).
n = int(input())
a = list(map(int, input().split()))
m = n
total = 0
while m > 1:
    for i in range(m // 2):
        a[i] = a[2 * i] + a[2 * i + 1]
    total += a[0]
    m //= 2
print(total)
