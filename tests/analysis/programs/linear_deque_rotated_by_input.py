# expect time=linear
# deque.rotate(k) moves k items from one end to the other: with k read from the input it can move
# the whole deque, a linear step, while rotate(1) in the loop below stays constant per pass.
from collections import deque

n, k = map(int, input().split())
ring = deque(map(int, input().split()))
ring.rotate(k)
total = 0
for _ in range(n):
    total += ring[0]
    ring.rotate(1)
print(total, *ring)
