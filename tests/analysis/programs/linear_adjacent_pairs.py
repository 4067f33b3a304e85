# expect time=linear
# zip(a, a[1:]) copies a once when the comprehension starts, not once per pair: n + n steps.
n = int(input())
a = list(map(int, input().split()))
print(max([y - x for x, y in zip(a, a[1:])] + [0]))
