# expect time=nlogn space=linear
# The halves are named before the calls (left = a[:mid], right = a[mid:]): each call gets half of
# the list, as solve(a[:mid]) written in the call does, with linear work per level: n log n, not two
# calls on the whole list (2^n).
def solve(a):
    if len(a) == 1:
        return 0
    mid = len(a) // 2
    left = a[:mid]
    right = a[mid:]
    cost = sum(left) - sum(right)
    return abs(cost) + solve(left) + solve(right)
n = int(input())
a = list(map(int, input().split()))
print(solve(a))
