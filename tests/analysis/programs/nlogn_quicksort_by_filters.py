# expect time=nlogn
# Each call splits its list around a pivot into the items below and above it: the calls of one level
# share the list between them, as a quicksort does, n log n expected; not two calls on the whole
# list (2^n).
def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[0]
    smaller = quicksort([x for x in items[1:] if x < pivot])
    larger = quicksort([x for x in items[1:] if x >= pivot])
    return smaller + [pivot] + larger
n = int(input())
print(*quicksort(list(map(int, input().split()))))
