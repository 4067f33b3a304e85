# expect time=quadratic
# A rotation by the pass number on every pass (the Josephus elimination written with rotate): each
# rotate moves up to the whole deque, n passes of up to n moves.
from collections import deque

n = int(input())
ring = deque(range(1, n + 1))
order = []
for i in range(n):
    ring.rotate(-i)
    order.append(ring.popleft())
print(*order)
