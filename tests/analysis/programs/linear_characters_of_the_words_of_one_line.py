# expect time=linear
# The words of one line walked character by character: the words share the line's length out
# between them, so all the inner walks add up to the line once (it was the number of words times
# the line: quadratic).
words = input().split()
vowels = 0
capitals = []
for w in words:
    for c in w:
        if c in "aeiou":
            vowels += 1
    capitals.append(w[0].upper())
print(vowels, "".join(capitals))
