# expect time=quadratic
n = int(input())
out = []
for i in range(n):
    out.insert(0, i)
print(out)
