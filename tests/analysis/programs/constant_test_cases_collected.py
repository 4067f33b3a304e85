# expect time=constant
# Test cases whose answers are collected and printed together after the loop: the count is read on
# its own line and each case spans several lines, so an iteration is one case, not one item.
t = int(input())
answers = []
for _ in range(t):
    w, h = map(int, input().split())
    x, y = map(int, input().split())
    inside = 0 <= x <= w and 0 <= y <= h
    answers.append("YES" if inside else "NO")
print("\n".join(answers))
