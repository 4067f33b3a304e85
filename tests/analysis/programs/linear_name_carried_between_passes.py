# expect time=linear
# s is read before the loop and rebound in it: each pass reads the previous pass's s, so the body is
# not straight-line code for s and its rebinding keeps one name (a running text as long as n).
n = int(input())
s = input()
count = 0
for _ in range(3):
    count += s.count("a")
    s = s[1:]
    s = s + "b"
print(count, s)
