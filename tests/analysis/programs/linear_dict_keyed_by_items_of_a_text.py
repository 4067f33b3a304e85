# expect time=linear
# last[s[i]] = i keys a dictionary by the characters of a line: at most an alphabet of keys, so
# walking its keys on every pass over the line is constant work per pass.
s = input().strip()
last = {}
for i in range(len(s)):
    last[s[i]] = i
best = 0
for i in range(len(s)):
    still_open = 0
    for ch in last:
        if last[ch] > i:
            still_open += 1
    best = max(best, still_open)
print(best)
