# expect time=linear
# A memo table read in a try whose KeyError falls through to the computation: each k is computed
# once, so three calls per state cost O(n) in all, not 3^n.
import sys
sys.setrecursionlimit(10000)
cache = {}


def ways(k):
    if k < 0:
        return 0
    if k == 0:
        return 1
    try:
        return cache[k]
    except KeyError:
        pass
    r = ways(k - 1) + ways(k - 2) + ways(k - 3)
    cache[k] = r
    return r


print(ways(int(input())))
