# expect time=logn
# Inside the test-case loop each pass reads r afresh and then rebinds it to its text of log r bits
# (r = bin(r)[2:]); nothing reads r before that first binding or outside the loop, so the body is
# straight-line code for r and the loop over its bits is logarithmic, not one pass per unit of r.
t = int(input())
for _ in range(t):
    l, r = map(int, input().split())
    r = bin(r)[2:]
    l = bin(l)[2:].zfill(len(r))
    first = -1
    for i in range(len(r)):
        if r[i] != l[i]:
            first = i
            break
    print(first if first < 0 else (1 << (len(r) - first)) - 1)
