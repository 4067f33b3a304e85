# expect time=nlogn
# The partition written as a loop: each item goes to `low` or `high` by one comparison with the
# pivot, so the self-calls on them split the list between them, not copy it twice.
def sort_values(values):
    if len(values) < 2:
        return values
    pivot = values[len(values) // 2]
    low, equal, high = [], [], []
    for v in values:
        if v < pivot:
            low.append(v)
        elif v == pivot:
            equal.append(v)
        else:
            high.append(v)
    return sort_values(low) + equal + sort_values(high)


n = int(input())
print(*sort_values([int(x) for x in input().split()]))
