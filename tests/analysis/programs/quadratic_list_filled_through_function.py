# expect time=quadratic
# add(x) appends to the program's list once per call and is called on every pass of the reading loop:
# the list grows to n items, as if the append were written in the loop, and each pass scans it: n^2.
# The append inside the function was seen once, so the list stayed of constant size.
n = int(input())
seen = []


def add(x):
    seen.append(x)


repeats = 0
for _ in range(n):
    x = int(input())
    for y in seen:
        if y == x:
            repeats += 1
    add(x)
print(repeats)
