# expect time=nlogn
from bisect import bisect_left
n = int(input())
a = sorted(map(int, input().split()))
for q in range(n):
    x = int(input())
    print(bisect_left(a, x))
