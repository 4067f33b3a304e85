# expect time=linear space=linear
# The words of a line kept in a name (s = input(); s.split()) and words taken by index from the list
# of a line's words: the words share the line's length out between them, so capitalising each word
# costs the line's length once in all, not once per word.
s = input().strip()
out = []
for w in s.split():
    out.append(w[0].upper() + w[1:].lower())
words = input().split()
lengths = []
for i in range(len(words)):
    w = words[i]
    lengths.append(len(w.strip(".,")))
print(" ".join(out), sum(lengths))
