# expect time=linear
# A memo table consulted with .get() before recursing: one state per n, not 2^n calls.
memo = {}


def f(n):
    if n < 2:
        return n
    if memo.get(n) is not None:
        return memo[n]
    memo[n] = f(n - 1) + f(n - 2)
    return memo[n]


print(f(int(input())))
