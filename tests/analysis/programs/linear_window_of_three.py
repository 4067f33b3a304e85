# expect time=linear space=linear
# a[i:i + 3] holds three items wherever i is, so sorting it in the loop is constant work per pass;
# a[:2] and a[-2:] are two items each.
n = int(input())
a = list(map(int, input().split()))
medians = 0
for i in range(n - 2):
    low, mid, high = sorted(a[i:i + 3])
    medians += mid
ends = a[:2] + a[-2:]
for i in range(n):
    medians += sum(ends) * a[i]
print(medians)
