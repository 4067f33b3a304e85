# expect time=linear
# A memoized function called on every position of a loop (and from a generator): the table is one
# for all the calls, so the loop fills its n states once, O(1) work each, and then looks one up
# per call: linear, not n states per call (it was n^2).
from functools import lru_cache
import sys
sys.setrecursionlimit(10000)
n = int(input())
a = list(map(int, input().split()))
memo = {}
def best(i):
    if i < 0:
        return 0
    if i in memo:
        return memo[i]
    r = max(best(i - 1), best(i - 2) + a[i])
    memo[i] = r
    return r
@lru_cache(None)
def ways(i):
    if i <= 1:
        return 1
    return (ways(i - 1) + ways(i - 2)) % 1000000007
for i in range(n):
    print(best(i))
print(sum(ways(i) for i in range(n)) % 1000000007)
