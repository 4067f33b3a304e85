# expect time=nlogn
# Each test case is solved by a function that reads its own input: the loop over the cases is a
# test-case loop (the cases' sizes add up to the input) although its body only calls solve().
def solve():
    n = int(input())
    a = list(map(int, input().split()))
    a.sort()
    best = 0
    for i in range(1, n):
        best = max(best, a[i] - a[i - 1])
    return best


for _ in range(int(input())):
    print(solve())
