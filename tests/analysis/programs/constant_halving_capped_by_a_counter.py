# expect time=constant
# The last three digits of n, taken while n lasts and the counter is below 3: n //= 10 alone would
# run log n passes, but the loop also stops once cnt, raised by one each pass, reaches 3: a constant
# number of passes whatever n is.
n = int(input())
cnt = 0
tail = []
while n > 0 and cnt < 3:
    tail.append(n % 10)
    n //= 10
    cnt += 1
print(''.join(map(str, reversed(tail))))
