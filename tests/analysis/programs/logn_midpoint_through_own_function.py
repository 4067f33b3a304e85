# expect time=logn
# The midpoint is taken by a function of the program's own, `middle(lo, hi)`, whose one statement
# returns (a + b) // 2: the call is that midpoint written out, so setting an end to it halves the
# range, a binary search of log n passes (it was read as a loop of constant passes).
def middle(a, b):
    return (a + b) // 2


def enough(x, need):
    return x * (x + 1) // 2 >= need


n, k = map(int, input().split())
lo, hi = 0, n
while lo < hi:
    m = middle(lo, hi)
    if enough(m, k):
        hi = m
    else:
        lo = m + 1
print(lo)
