# expect time=linear space=linear
# Near miss of quadratic_string_prepended.py: `t = t + c` with the name first is appended in place
# by CPython, as `t += c` is, so building the text costs its length.
n = int(input())
a = list(map(int, input().split()))
t = ''
for x in a:
    t = t + str(x % 10)
print(t)
