# expect time=nlogn space=linear
# Each line is read once and its letters sorted: the lines' lengths add up to the input, as reading
# them does, and sorting adds a log factor: n log n over the loop, not n times n log n. Joining the
# sorted letters costs the line again.
n = int(input())
groups = {}
for _ in range(n):
    word = input().strip()
    key = "".join(sorted(word))
    groups[key] = groups.get(key, 0) + 1
print(len(groups), max(groups.values()))
