# expect time=logn space=logn
# The while loop divides n by the base on every pass, so the list of digits it fills holds log n
# items: reversing, joining and walking them again is log n work, not n.
n, base = map(int, input().split())
digits = []
while n > 0:
    digits.append(n % base)
    n //= base
digits.reverse()
total = 0
for d in digits:
    total = total * 2 + d
print(''.join(map(str, digits)), total)
