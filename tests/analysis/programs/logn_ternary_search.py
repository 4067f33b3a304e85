# expect time=logn space=constant
# A ternary search sets one end of its range to a point a third of the way in from the other
# (lo + (hi - lo) // 3): the range shrinks by a constant factor each pass, log n passes, as a
# binary search's midpoint does.
n, a = map(int, input().split())


def cost(x):
    return (x - a) * (x - a) + 3 * x


lo, hi = 0, n
while hi - lo > 2:
    m1 = lo + (hi - lo) // 3
    m2 = hi - (hi - lo) // 3
    if cost(m1) < cost(m2):
        hi = m2
    else:
        lo = m1
print(min(cost(lo), cost(lo + 1), cost(hi)))
