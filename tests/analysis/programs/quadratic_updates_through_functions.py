# expect time=quadratic
# Each pass raises one column through drop() and prints tallest(), a scan of all the columns: the
# passes share the columns (drop writes what tallest reads), so these are n queries of n steps, not
# independent test cases (a pass that reads and prints had made the loop one case per pass).
n = int(input())
h = [0] * n


def drop(c):
    h[c] += 1


def tallest():
    best = 0
    for i in range(n):
        best = max(best, h[i])
    return best


for _ in range(n):
    drop(int(input()) - 1)
    print(tallest())
