# expect time=linear space=constant
# The test bounds n only in its own branch: the small case prints at once, and the other branch,
# where n can be as large as read, loops over it.
n = int(input())
if n < 27:
    print(n)
else:
    total = 0
    for i in range(n):
        total += i % 7
    print(total)
