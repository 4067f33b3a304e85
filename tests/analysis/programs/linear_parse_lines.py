# expect time=linear
# Each line is parsed (replace, split, slice) once: that is receiving the input, not work that
# grows with the number of lines.
n = int(input())
seen = {}
order = []
for _ in range(n):
    line = input()
    a, b = map(int, line.replace("/", " ").split())
    key = line[:2] + str(a * b)
    order.append(key)
    seen[key] = seen.get(key, 0) + 1
print(" ".join(str(seen[k]) for k in order))
