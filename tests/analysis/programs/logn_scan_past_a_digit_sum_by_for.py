# expect time=logn
# The same scan written as a for loop over every candidate up to n, left at the first one that
# passes: it leaves within 9 steps per digit of s, as the while loop would.
n, s = map(int, input().split())
answer = 0
for x in range(s, n + 1):
    if x - sum(int(c) for c in str(x)) >= s:
        answer = n - x + 1
        break
print(answer)
