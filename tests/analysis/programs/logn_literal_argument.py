# expect time=logn
# `banned` is always a collection written out in a call (or the default ()), so scanning it is
# constant work; only the binary search over the value range grows: O(log n).
def allowed(x, banned=()):
    return sum(1 for b in banned if x % b == 0) == 0


def search(lo, hi, banned=()):
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * mid >= hi or not allowed(mid, banned=banned):
            hi = mid
        else:
            lo = mid + 1
    return lo


n = int(input())
print(search(1, n, banned=[7, 11]), search(1, n))
