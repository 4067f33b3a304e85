# expect time=nlogn
# After the sort, each item looks only at the next few: the inner loop breaks once j is more than a
# constant past its start i, or its range is clamped to a width named at the top (WIDTH = 5), so
# both inner loops take a constant number of passes and the sort dominates.
WIDTH = 5
n = int(input())
a = sorted(map(int, input().split()))
best_xor = 0
for i in range(n):
    for j in range(i + 1, n):
        if j - i > 30:
            break
        best_xor = max(best_xor, a[j] ^ a[i])
closest = 10 ** 18
for i in range(n):
    for j in range(i + 1, min(n, i + WIDTH)):
        closest = min(closest, a[j] - a[i])
print(best_xor, closest)
