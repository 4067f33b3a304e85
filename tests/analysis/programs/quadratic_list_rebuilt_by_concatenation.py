# expect time=quadratic space=linear
# `res = res + [x]` makes a new list and copies the old one into it on every pass (only `+=` and
# append grow a list in place): the copies add up to 1 + 2 + ... + n.
n = int(input())
a = list(map(int, input().split()))
res = []
for x in a:
    if x % 2 == 0:
        res = res + [x]
    else:
        res = [x] + res
print(*res)
