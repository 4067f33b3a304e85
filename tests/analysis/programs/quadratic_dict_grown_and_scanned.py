# expect time=quadratic
# Each pass counts one number in a dict made before the loop and prints the largest count by
# scanning all its values: the passes share the dict, which grows by one key per new number, so
# the scans add up to n^2 (reading and printing per pass had made them independent test cases).
n = int(input())
seen = {}
for _ in range(n):
    x = int(input())
    seen[x] = seen.get(x, 0) + 1
    print(max(seen.values()))
