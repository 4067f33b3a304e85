# expect time=linear
# The words of one line share its length out between them: reversing, comparing or upper-casing
# each word costs that word's length, and all of them together the line's, not n words times n.
# A word's first letter is one character, not a whole word.
n = int(input())
words = input().split()
mirrored = []
for w in words:
    mirrored.append(w[::-1])
palindromes = 0
initials = ""
for i in range(n):
    if words[i] == words[i][::-1]:
        palindromes += 1
    initials += words[i][0].upper()
print(" ".join(mirrored), palindromes, initials)
