# expect time=logn
# over(x) is x less the sum of its digits (added up on a copy of x); the scan starts at s and stops
# once over(x) reaches s, or past n: within 9 steps per digit of s.
def over(x):
    total = 0
    y = x
    while y:
        total += y % 10
        y //= 10
    return x - total


n, s = map(int, input().split())
x = s
while x <= n and over(x) < s:
    x += 1
print(n - x + 1 if x <= n else 0)
