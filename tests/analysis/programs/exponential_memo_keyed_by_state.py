# expect time=exponential
# A take-away game on n piles, solved by memoizing on the whole position: the memo has an entry per
# arrangement of the piles' sizes that play can reach, exponentially many in n, not n entries.
n = int(input())
piles = list(map(int, input().split()))
memo = {}


def wins(position):
    key = tuple(sorted(position))
    if key in memo:
        return memo[key]
    result = False
    for i in range(len(position)):
        for take in (1, 2):
            if position[i] >= take:
                position[i] -= take
                if not wins(position):
                    result = True
                position[i] += take
    memo[key] = result
    return result


print("First" if wins(piles) else "Second")
