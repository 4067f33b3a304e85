# expect time=linear
# Heaps the program caps at a size it writes: a push followed by `if len(h) > 3: heappop(h)`, and
# pushes only while `len(best) < K` (K = 2 bound once) with heappushpop otherwise. Neither heap
# holds more than four items, so each operation is O(1) and the loops are linear (they were
# n log n, each push costing the log of n items).
import heapq
K = 2
n = int(input())
a = list(map(int, input().split()))
h = []
for x in a:
    heapq.heappush(h, x)
    if len(h) > 3:
        heapq.heappop(h)
best = []
for x in a:
    if len(best) < K:
        heapq.heappush(best, -x)
    else:
        heapq.heappushpop(best, -x)
print(sum(h), -sum(best))
