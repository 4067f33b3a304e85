# expect time=linear
# The counterpart of constant_test_cases_collected.py: one line per iteration is an item of the
# input being collected, so the loop runs n times.
n = int(input())
items = []
for _ in range(n):
    a, b = map(int, input().split())
    items.append(a * b)
print(max(items))
