# expect time=quadratic
# Near miss of nlogn_halves_named_before_the_calls.py: the name holds the list less its first item
# (rest = a[1:]), one item shorter per call, and each call copies it: n calls of linear work.
import sys
sys.setrecursionlimit(10000)
def total(a):
    if not a:
        return 0
    rest = a[1:]
    return a[0] + total(rest)
n = int(input())
a = list(map(int, input().split()))
print(total(a))
