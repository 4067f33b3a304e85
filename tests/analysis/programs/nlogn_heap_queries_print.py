# expect time=nlogn
# n operations on one heap, each read from its own line: pushes, and pops whose result is printed.
# The passes share the heap (heappush and heappop change their first argument), so this is n
# queries on a structure that grows with them, not n independent test cases: n log n.
import heapq

n = int(input())
h = []
for _ in range(n):
    parts = input().split()
    if parts[0] == "add":
        heapq.heappush(h, int(parts[1]))
    else:
        print(heapq.heappop(h))
