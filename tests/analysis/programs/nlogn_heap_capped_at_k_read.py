# expect time=nlogn
# The same cap read from the input (`len(h) > k`): the heap holds up to k items, so each push
# costs log k, n log n when k is as large as n.
import heapq
n, k = map(int, input().split())
a = list(map(int, input().split()))
h = []
for x in a:
    heapq.heappush(h, x)
    if len(h) > k:
        heapq.heappop(h)
print(h[0])
