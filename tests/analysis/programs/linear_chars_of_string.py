# expect time=linear
# The items of a string are characters: ch.upper() is constant work, not a scan of the input.
s = input()
out = []
for ch in s:
    out.append(ch.upper() if ch in "aeiou" else ch.lower())
print("".join(out))
