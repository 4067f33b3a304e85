# expect time=linear
# The distinct characters of a line of text, and a dictionary keyed by them, have at most the
# alphabet's size, however long the line: a loop over them (even two nested) is constant work
# next to the passes over the line itself.
s = input().strip()
best = 0
for c in set(s):
    best = max(best, s.count(c))
count = {}
for c in s:
    count[c] = count.get(c, 0) + 1
pairs = 0
for a in count:
    for b in count:
        if a != b and count[a] == count[b]:
            pairs += 1
print(best, pairs)
