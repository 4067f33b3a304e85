# expect time=exponential
# The number of ways to cut a string of digits into pieces that are each divisible by 3, by trying
# every end of the first piece and recursing on the rest, without a memo: T(i) = T(i+1) + ... + T(n).
s = input().strip()


def ways(start):
    if start == len(s):
        return 1
    total = 0
    for end in range(start + 1, len(s) + 1):
        if int(s[start:end]) % 3 == 0:
            total += ways(end)
    return total


print(ways(0))
