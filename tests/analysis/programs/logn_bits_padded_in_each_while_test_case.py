# expect time=logn
# `while t: t -= 1` runs one test case per pass, as `for _ in range(t)` does: the text padded in a
# case (low += '0' * ...) grows within that case only, to the log r bits of its numbers, not once
# per test case over the whole run.
t = int(input())
while t:
    t -= 1
    low, high = map(int, input().split())
    high = bin(high)[2:][::-1]
    low = bin(low)[2:][::-1]
    if low == high:
        print(0)
    else:
        low += "0" * (len(high) - len(low))
        top = -1
        for i in range(len(high)):
            if high[i] != low[i]:
                top = i
        print((1 << (top + 1)) - 1)
