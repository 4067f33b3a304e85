# expect time=quadratic
# A circle of n people where every k-th leaves: ring.pop(pos) at a computed position shifts every
# item after pos down one place, linear in the list, so the n removals are quadratic (pop with an
# index was taken as O(1) unless the index was 0). pop() and pop(-1) take the last item and stay O(1).
n, k = map(int, input().split())
ring = list(range(1, n + 1))
order = []
pos = 0
while len(ring) > 1:
    pos = (pos + k - 1) % len(ring)
    order.append(ring.pop(pos))
order.append(ring.pop(-1))
print(*order)
