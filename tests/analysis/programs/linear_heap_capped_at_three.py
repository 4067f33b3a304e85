# expect time=linear
# A heap cut back to three items after every push (`if len(h) > 3: heappop(h)`) never holds more
# than four: each push and pop is O(1), so keeping the three largest of n numbers is linear (it was
# n log n). With the cap read from the input (k largest) it stays n log k.
import heapq

n = int(input())
h = []
for x in map(int, input().split()):
    heapq.heappush(h, x)
    if len(h) > 3:
        heapq.heappop(h)
print(h[0])
