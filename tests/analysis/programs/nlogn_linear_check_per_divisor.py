# expect time=nlogn
# The linear check runs only for the d that divide n, and n has far fewer divisors than any power
# of n (about log n on average), so the loop costs n + d(n) * n, not n * n.
n = int(input())
s = input()
period = n
for d in range(1, n + 1):
    if n % d == 0:
        same = True
        for i in range(d, n):
            if s[i] != s[i - d]:
                same = False
                break
        if same:
            period = d
            break
print(period)
