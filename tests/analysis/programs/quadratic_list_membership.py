# expect time=quadratic
n = int(input())
a = list(map(int, input().split()))
uniq = []
for x in a:
    if x not in uniq:
        uniq.append(x)
print(len(uniq))
