# expect time=linear
# A square-and-multiply function whose exponent every call fills with a number written in the
# program (MOD - 2, Fermat's inverse) runs a constant number of passes: n calls are linear, not
# n log n (the exponent was taken for an input-sized value).
MOD = 10 ** 9 + 7


def power(b, e):
    r = 1
    while e > 0:
        if e & 1:
            r = r * b % MOD
        b = b * b % MOD
        e >>= 1
    return r


n = int(input())
total = 0
for x in map(int, input().split()):
    total = (total + power(x, MOD - 2)) % MOD
print(total)
