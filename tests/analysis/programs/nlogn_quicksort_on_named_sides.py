# expect time=nlogn
# A quicksort whose sides are named before the self-calls: `less` is the items of the list below a
# pivot and `more` those above, so the two calls split the list between them (n log n expected),
# as the same comprehensions written inside the calls do.
import random


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = random.choice(items)
    less = [x for x in items if x < pivot]
    same = [x for x in items if x == pivot]
    more = [x for x in items if x > pivot]
    return quicksort(less) + same + quicksort(more)


n = int(input())
print(*quicksort(list(map(int, input().split()))))
