# expect time=quadratic
# Near miss of linear_characters_of_the_words_of_one_line.py: n words each read on a line of its
# own, each walked character by character: n strings of length up to m, the n x m convention.
n = int(input())
words = [input() for _ in range(n)]
vowels = 0
for w in words:
    for c in w:
        if c in "aeiou":
            vowels += 1
print(vowels)
