# expect time=linear
# The loop reads one item per pass and prints only in the branch that ends the program: it searches
# n items for the first that fits, it does not answer n test cases (which would cost O(1) each).
n, limit = map(int, input().split())
total = 0
for i in range(2, n + 1):
    x, y = map(int, input().split())
    total += x
    if total + y > limit:
        print(total)
        exit()
print(-1)
