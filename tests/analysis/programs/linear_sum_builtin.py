# expect time=linear
a = list(map(int, input().split()))
print(sum(a) - min(a) + max(a))
