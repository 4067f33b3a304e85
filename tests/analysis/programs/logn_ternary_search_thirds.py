# expect time=logn
# A ternary search over the integers: l or r moves to a point a third of the way in, so the range
# shrinks by a constant factor at every pass, log of the range passes as in a binary search.
a, b = map(int, input().split())


def f(x):
    return (x - a) * (x - a) + b * x


lo, hi = -10 ** 9, 10 ** 9
while hi - lo > 2:
    m1 = lo + (hi - lo) // 3
    m2 = hi - (hi - lo) // 3
    if f(m1) < f(m2):
        hi = m2
    else:
        lo = m1
print(min(f(x) for x in range(lo, hi + 1)))
