# expect time=nlogn
# The loop's counter only numbers the answers it prints ("Case #3: ..."): it labels the output and
# takes no part in the work, so the loop is still one independent test case per pass.
T = int(input())
for case in range(1, T + 1):
    n = int(input())
    a = sorted(map(int, input().split()))
    print("Case #%d: %d" % (case, a[-1] - a[0]))
