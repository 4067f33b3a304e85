# expect time=nlogn
# The halves are named in one assignment (left, right = a[:mid], a[mid:]) before the two self-calls:
# each call gets half the list, T(n) = 2T(n/2) + n log n for the sorts, so n log^2 n -- not the two
# calls on the whole list that would make it exponential.
def count_pairs(a):
    if len(a) <= 1:
        return 0
    mid = len(a) // 2
    left, right = a[:mid], a[mid:]
    total = count_pairs(left) + count_pairs(right)
    right_sorted = sorted(right)
    j = 0
    for x in sorted(left):
        while j < len(right_sorted) and right_sorted[j] < x:
            j += 1
        total += j
    return total


n = int(input())
print(count_pairs(list(map(int, input().split()))))
