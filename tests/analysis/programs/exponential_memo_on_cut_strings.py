# expect time=exponential
# The most pairs of equal neighbours that can be removed one pair at a time, memoized on the string
# left over: the strings are the input with pieces cut out of the middle, up to 2^n of them, so the
# memo bounds nothing polynomial.
memo = {}


def most_pairs(s):
    if len(s) < 2:
        return 0
    if s in memo:
        return memo[s]
    best = 0
    for i in range(len(s) - 1):
        if s[i] == s[i + 1]:
            best = max(best, 1 + most_pairs(s[:i] + s[i + 2:]))
    memo[s] = best
    return best


print(most_pairs(input().strip()))
