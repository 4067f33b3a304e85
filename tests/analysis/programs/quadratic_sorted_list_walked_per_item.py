# expect time=quadratic
# A sorted list filled by bisect.insort with the n values read, then walked whole once per item: n
# passes over n values. The insertions through the module's attribute were not counted as growth.
import bisect
n = int(input())
a = [int(input()) for _ in range(n)]
ordered = []
for x in a:
    bisect.insort(ordered, x)
bigger = 0
for x in a:
    for y in ordered:
        if y > x:
            bigger += 1
print(bigger)
