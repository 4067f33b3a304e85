# expect time=nlogn space=linear
# For each i the while loop steps j by i up to n: n/1 + n/2 + ... + n/n = n log n steps in all,
# not n for every i (the loop counts the divisors of every number up to n).
n = int(input())
divisors = [0] * (n + 1)
for i in range(1, n + 1):
    j = i
    while j <= n:
        divisors[j] += 1
        j += i
print(max(divisors))
