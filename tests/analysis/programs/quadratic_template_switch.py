# expect time=quadratic
# MULTI_TEST is bound once to False and never changed: the number of test cases is the literal 1,
# not a count read from the input, so the loop around solve() does not multiply.
MULTI_TEST = False


def solve():
    n = int(input())
    a = list(map(int, input().split()))
    best = 0
    for i in range(n):
        for j in range(i + 1, n):
            best = max(best, a[i] ^ a[j])
    return best


T = int(input()) if MULTI_TEST else 1
for _ in range(T):
    print(solve())
