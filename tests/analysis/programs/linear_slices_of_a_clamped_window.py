# expect time=linear
# For each start i, the pieces s[i:j] for j up to min(n, i + 6): the window loop runs at most six
# passes (its end is clamped with a constant added, `min(n, i + 6) + 1`), and each slice copies at
# most six characters since its two ends are the window's start and its counter.
s = input().strip()
n = len(s)
seen = set()
for i in range(n):
    for j in range(i + 1, min(n, i + 6) + 1):
        seen.add(s[i:j])
print(len(seen))
