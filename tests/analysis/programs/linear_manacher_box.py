# expect time=linear space=linear
# Manacher's odd and even palindromes: the radius at i starts from its mirror's, clamped to the
# box of the rightmost palindrome (min(..., r - i + 1)), and the box moves to where the extension
# got, as the Z-function does: the extensions add up to n over each loop (they were n^2).
s = input()
n = len(s)
d1 = [0] * n
l, r = 0, -1
for i in range(n):
    k = 1 if i > r else min(d1[l + r - i], r - i + 1)
    while i - k >= 0 and i + k < n and s[i - k] == s[i + k]:
        k += 1
    d1[i] = k
    k -= 1
    if i + k > r:
        l = i - k
        r = i + k
d2 = [0] * n
l, r = 0, -1
for i in range(n):
    k = 0 if i > r else min(d2[l + r - i + 1], r - i + 1)
    while i + k < n and i - k - 1 >= 0 and s[i + k] == s[i - k - 1]:
        k += 1
    d2[i] = k
    k -= 1
    if i + k > r:
        l = i - k - 1
        r = i + k
print(sum(d1) + sum(d2))
