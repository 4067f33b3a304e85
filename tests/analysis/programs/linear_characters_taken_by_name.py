# expect time=linear space=linear
# A text rebuilt one character at a time, the characters taken by index (c = s[i]), by enumerate,
# from a list of them (list(s)) and in pairs by zip: each is one character, so c.upper() and
# out += c cost O(1) and every loop is linear in the length of the line.
s = input().strip()
n = len(s)
out = ""
for i in range(n):
    c = s[i]
    if i % 2 == 0:
        out += c.upper()
    else:
        out += c
res = []
for i, c in enumerate(s):
    res.append(c.lower() if i % 3 else c)
chars = list(s)
flipped = ""
for c in chars:
    flipped = flipped + c.swapcase()
pairs = 0
for a, b in zip(s, s[1:]):
    if a.lower() == b.lower():
        pairs += 1
print(out, "".join(res), flipped, pairs)
