# expect time=logn
# while True whose exit is a return at the top of the body (`if x >= n: return k`) runs as
# `while x < n` would: x doubles, log n passes, as the same loop left by a break already did.
def steps(n):
    x, k = 1, 0
    while True:
        if x >= n:
            return k
        x *= 2
        k += 1


print(steps(int(input())))
