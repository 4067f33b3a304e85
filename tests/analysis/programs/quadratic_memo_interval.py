# expect time=quadratic
# Each call changes one argument, but over all calls both i and j vary: the memo holds one value per
# pair (i, j), n^2 states of O(1) work each.
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
n = int(input())
a = list(map(int, input().split()))


@lru_cache(maxsize=None)
def best(i, j):
    if i > j:
        return 0
    return max(a[i] - best(i + 1, j), a[j] - best(i, j - 1))


print(best(0, n - 1))
