# expect time=linear
# The exit test reads the values each pass computes anew (h, m recomputed, m %= 60 on that pass's
# value): nothing carries from pass to pass toward the exit, so the loop can read all n lines.
n, gap = map(int, input().split())
h, m = 0, 0
for i in range(n):
    x, y = map(int, input().split())
    m = m + 2 * gap + 2
    h = h + m // 60
    m %= 60
    if h < x or (h == x and m <= y):
        print(h, m)
        break
    h, m = x, y
