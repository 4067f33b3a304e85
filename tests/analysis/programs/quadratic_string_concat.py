# expect time=quadratic
n = int(input())
s = ''
for i in range(n):
    s += input()
print(s)
