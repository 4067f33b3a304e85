# expect time=quadratic
# Near miss of nlogn_heap_sort_by_hand.py: the temporary is the next index (c = i + 1, stepped on
# by one more sometimes), not a child's, so each walk from i can take n passes.
n = int(input())
a = list(map(int, input().split()))
moves = 0
for start in range(n):
    i = start
    while i + 1 < n:
        c = i + 1
        if c + 1 < n and a[c + 1] > a[c]:
            c += 1
        if a[i] >= a[c]:
            break
        moves += 1
        i = c
print(moves)
