# expect time=linear
# Runs of equal items: the inner loop starts where the outer counter stands and the outer counter
# continues where the inner one stopped, so together they walk the list once.
n = int(input())
a = list(map(int, input().split()))
longest = 0
i = 0
while i < n:
    j = i
    while j < n and a[j] == a[i]:
        j += 1
    longest = max(longest, j - i)
    i = j
print(longest)
