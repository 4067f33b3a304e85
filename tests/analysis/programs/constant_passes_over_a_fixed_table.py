# expect time=constant
# Passes until nothing changes over a table of 256 entries written in the program: the passes are
# bounded by the table, whatever the input, so the loop stays constant (only passes over the
# input's items run up to n times).
best = [10 ** 9] * 256
best[15] = 1
changed = True
while changed:
    changed = False
    for i in range(256):
        for j in range(256):
            if best[i] + best[j] + 1 < best[i | j]:
                best[i | j] = best[i] + best[j] + 1
                changed = True
q = int(input())
print(best[q % 256])
