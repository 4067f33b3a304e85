# expect time=quadratic
# Guard of the prefix-function rule: each pass starts k afresh at the end (k = n - 1), not where the
# last pass stopped, so the steps back along nxt do not add up to the rises: up to n per pass.
n = int(input())
a = list(map(int, input().split()))
nxt = list(range(n))
total = 0
for i in range(n):
    k = n - 1
    while k > 0 and a[k] > a[i]:
        k = nxt[k - 1]
    total += k
print(total)
