# expect time=nlogn
import heapq
n = int(input())
h = []
for x in map(int, input().split()):
    heapq.heappush(h, x)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
