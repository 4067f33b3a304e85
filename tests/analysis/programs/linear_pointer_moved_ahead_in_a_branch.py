# expect time=linear space=linear
# j is moved to i + 1 in a branch, but the inner loop never takes j past i (its test j < i): so j
# is at most the i of an earlier pass when the branch moves it, and i + 1 is ahead of that. j only
# moves forward over the whole loop: a two-pointer window, n passes of the inner loop in all.
n = int(input())
a = list(map(int, input().split()))
j = 0
res = 0
for i in range(n):
    if a[i] == 0:
        j = i + 1
        continue
    while j < i and a[j] < a[i]:
        j += 1
    res += i - j
print(res)
