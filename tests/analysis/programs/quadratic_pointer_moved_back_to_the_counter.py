# expect time=quadratic
# Near miss of linear_pointer_moved_ahead_in_a_branch.py: the inner loop runs j up to n, far past i,
# so moving j to i + 1 later moves it back and the inner loop walks the same items again.
n = int(input())
a = list(map(int, input().split()))
res = 0
j = 0
for i in range(n):
    if a[i] == 0:
        j = i + 1
    while j < n and a[j] > 0:
        j += 1
        res += 1
print(res)
