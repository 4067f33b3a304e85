# expect time=logn space=logn
# A memoized function called only on quotients of its argument by constants (n // 2, (n + 1) // 2,
# n // 3) meets only the values n // (2^i 3^j): polylogarithmically many, not one per integer below n.
from functools import lru_cache


@lru_cache(maxsize=None)
def pieces(n):
    if n <= 1:
        return 1
    return pieces(n // 2) + pieces((n + 1) // 2)


best = {}


def exchange(n):
    if n < 12:
        return n
    if n in best:
        return best[n]
    best[n] = max(n, exchange(n // 2) + exchange(n // 3) + exchange(n // 4))
    return best[n]


n = int(input())
print(pieces(n), exchange(n))
