# expect time=quadratic
n = int(input())
pairs = [(i, j) for i in range(n) for j in range(n) if i < j]
print(len(pairs))
