# expect time=nlogn space=linear
# Each query reads its own line and prints its own answer, the shape of test cases, but it searches
# the prefix sums built before the loop (bisect_right(pre, s)): the passes are queries on shared
# data, q binary searches of a list of n items, not independent cases.
import bisect
n, q = map(int, input().split())
a = list(map(int, input().split()))
pre = [0]
for x in a:
    pre.append(pre[-1] + x)
for _ in range(q):
    s = int(input())
    print(bisect.bisect_right(pre, s) - 1)
