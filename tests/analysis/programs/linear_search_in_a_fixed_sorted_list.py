# expect time=linear
# The sorted list holds three items inserted at the top of the program, so each binary search in it
# is a constant number of steps and n searches are linear (a sorted list of unknown size is taken as
# input-sized, which had made each search log n and the loop n log n).
import bisect
n = int(input())
a = list(map(int, input().split()))
cuts = []
bisect.insort(cuts, 0)
bisect.insort(cuts, 100)
bisect.insort(cuts, 1000)
total = 0
for x in a:
    total += bisect.bisect_right(cuts, x)
print(total)
