# expect time=nlogn
# solve(case) is handed the case's number and only prints it: one test case per pass.
def solve(case):
    n = int(input())
    a = sorted(map(int, input().split()))
    print("Case #%d: %d" % (case, a[-1] - a[0]))


t = int(input())
for i in range(1, t + 1):
    solve(i)
