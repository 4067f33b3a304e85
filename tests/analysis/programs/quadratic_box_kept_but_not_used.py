# expect time=quadratic space=linear
# A box [l, r) is kept but every match starts again from 0 (no min(r - i, ...)): each position
# compares up to the rest of the text, n^2 for a text of one letter. The Z-function's amortization
# needs the start clamped to the box (linear_z_function_box.py).
s = input()
n = len(s)
z = [0] * n
l = r = 0
for i in range(1, n):
    k = 0
    while i + k < n and s[k] == s[i + k]:
        k += 1
    z[i] = k
    if i + k > r:
        l, r = i, i + k
print(max(z), l, r)
