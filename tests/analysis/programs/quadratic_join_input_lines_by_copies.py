# expect time=quadratic
# The items are whole lines of the input, each as long as the input allows, and s = s + p copies s.
n = int(input())
lines = []
for i in range(n):
    lines.append(input())
s = ''
for p in lines:
    s = s + p
print(s)
