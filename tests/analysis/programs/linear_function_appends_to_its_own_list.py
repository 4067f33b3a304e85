# expect time=linear
# Near miss of quadratic_list_filled_through_function.py: the function appends to a list of its own,
# made afresh on each call, so nothing of the program's grows with the loop that calls it.
n = int(input())
last = []


def pair(x):
    out = []
    out.append(x)
    out.append(x + 1)
    return out


total = 0
for _ in range(n):
    x = int(input())
    last = pair(x)
    for y in last:
        total += y
print(total)
