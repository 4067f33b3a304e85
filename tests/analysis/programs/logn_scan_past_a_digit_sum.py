# expect time=logn
# The first x >= s with x - digitsum(x) >= s: the counter starts at the bound and the digit sum of
# an 18-digit number is at most 162, so the scan stops after O(log s) steps, not s of them.
def digit_sum(v):
    total = 0
    while v > 0:
        total += v % 10
        v //= 10
    return total


n, s = map(int, input().split())
x = s
while x - digit_sum(x) < s:
    x += 1
print(max(0, n - x + 1))
