# expect time=quadratic
# Near miss of linear_dict_keyed_by_items_of_a_text.py: the keys are numbers of a list read from
# the input, as many distinct ones as the list has items, so walking the keys on every pass is
# quadratic.
n = int(input())
a = list(map(int, input().split()))
last = {}
for i in range(n):
    last[a[i]] = i
best = 0
for i in range(n):
    still_open = 0
    for v in last:
        if last[v] > i:
            still_open += 1
    best = max(best, still_open)
print(best)
