# expect time=nlogn
# A sorted list kept by insertion, spelled four ways: bisect.insort, insort imported by name, and
# insort written out as list.insert at the position a binary search gives (inline or through a
# name bound only to it). All cost the same, a binary search per item, n log n over the loop.
import bisect
from bisect import bisect_left, bisect_right, insort

n = int(input())
a = list(map(int, input().split()))
first, second, third, fourth = [], [], [], []
smaller = 0
for x in a:
    bisect.insort(first, x)
    insort(second, x)
    third.insert(bisect_left(third, x), x)
    p = bisect_right(fourth, x)
    smaller += p
    fourth.insert(p, x)
print(smaller, first == second == third == fourth)
