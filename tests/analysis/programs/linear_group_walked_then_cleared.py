# expect time=linear
# Words gathered until a line of width w is full, then the line is walked once and started over
# (line = []): every word is walked once, n in all, not the list's size on every pass.
n, w = map(int, input().split())
words = input().split()
line = []
width = 0
out = []
for word in words:
    if width + len(word) > w and line:
        longest = 0
        for x in line:
            longest = max(longest, len(x))
        out.append(longest)
        line = []
        width = 0
    line.append(word)
    width += len(word) + 1
print(len(out) + (1 if line else 0))
