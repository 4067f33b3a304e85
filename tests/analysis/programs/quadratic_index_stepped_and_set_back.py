# expect time=quadratic
# Near miss of linear_window_index_stepped_outside_its_test.py: the index the inner loop steps is
# set back to 0 in a branch of the loop around, so the passes can walk the list again and again.
n, k = map(int, input().split())
a = list(map(int, input().split()))
l = 0
t = 0
for r in range(n):
    if a[r] == k:
        l = 0
    s = 0
    while s < k:
        s += a[l]
        l += 1
        t += 1
print(t)
