# expect time=exponential
# Backtracking marks and unmarks: a flag tested before the recursive call is not a visited set when
# it is cleared again afterwards, and the search enters an item once per path.
n = int(input())
a = list(map(int, input().split()))
used = [False] * n
best = 0


def search(total, depth):
    global best
    best = max(best, total)
    for i in range(n):
        if not used[i]:
            used[i] = True
            search(total + a[i] * depth, depth + 1)
            used[i] = False


search(0, 1)
print(best)
