# expect time=linear space=linear
# A value shifted left on each pass of a loop that runs log n times (until it passes n) is about
# n afterwards, not 2^n: the table of `width` cells and the loop over it are linear.
def main():
    n = int(input())
    a = list(map(int, input().split()))
    width = 1
    while width < n:
        width <<= 1
    padded = a + [0] * (width - n)
    best = 0
    for i in range(width):
        best = max(best, padded[i])
    print(best)


main()
