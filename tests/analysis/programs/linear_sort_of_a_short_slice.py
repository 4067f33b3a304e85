# expect time=linear
# s[:min(n, 5)] holds at most five items whatever n is: sorting it is O(1), the program its reading.
n = int(input())
a = list(map(int, input().split()))
a[:min(n, 5)] = sorted(a[:min(n, 5)])
print(sum(a[:min(n, 5)]), max(a))
