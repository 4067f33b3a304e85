# expect time=linear
n = int(input())
parts = [str(i) for i in range(n)]
print(''.join(parts))
