# expect time=linear
# The counterpart of linear_parse_lines.py: here each line is a whole test case's string, and
# counting in it is work on the input of that case.
t = int(input())
for _ in range(t):
    s = input()
    best = 0
    for c in "abc":
        best = max(best, s.count(c))
    print(len(s) - best)
