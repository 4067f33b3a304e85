# expect time=quadratic space=linear
# `t = c + t` builds a new string with the old one after the new character: every pass copies all
# of t, which grows by one character per pass.
s = input()
t = ''
for c in s:
    t = c + t
print(t == s)
