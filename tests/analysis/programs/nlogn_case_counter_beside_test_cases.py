# expect time=nlogn
# Near miss of linear_running_best_printed_per_line.py: the value carried from pass to pass is a case
# number (k += 1), which takes nothing the pass read: the passes are still independent test cases,
# each sorting its own list.
t = int(input())
k = 0
for _ in range(t):
    n = int(input())
    a = sorted(map(int, input().split()))
    k += 1
    print("Case #%d: %d" % (k, a[n // 2]))
