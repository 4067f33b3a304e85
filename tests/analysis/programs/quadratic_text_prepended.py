# expect time=quadratic
# s = c + s builds a new string and copies s on every pass (no interpreter extends a string at its
# front in place): n passes cost n^2. The text grows to n characters; it kept the size of its first
# value, "", so the copy looked O(1) and the loop linear.
n = int(input())
s = ""
for i in range(n):
    s = chr(97 + i % 26) + s
print(s)
