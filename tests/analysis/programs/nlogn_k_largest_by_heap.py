# expect time=nlogn space=linear
# nlargest(k, xs) scans xs keeping a heap of k items: n log k, and k is read, so n log n. With a
# literal k (the three largest) it would be linear.
import heapq
n, k = map(int, input().split())
a = list(map(int, input().split()))
best = heapq.nlargest(k, a)
print(sum(best), min(best))
