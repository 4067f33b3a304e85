# expect time=linear space=constant
# A function written right after a search loop runs when it is called, here after both ends were
# bound again: its range(lo, hi + 1) is not narrowed by the loop above it and walks n values.
n = int(input())
lo, hi = 0, n
while hi - lo > 1:
    mid = (lo + hi) // 2
    if mid * mid > n:
        hi = mid
    else:
        lo = mid


def scan():
    return sum(x % 3 for x in range(lo, hi + 1))


lo, hi = 0, n
print(scan())
