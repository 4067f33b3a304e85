# expect time=quadratic
# product(range(n), range(n)) pairs every item of the first with every item of the second: n * n
# pairs. Its second argument is an iterable, not a count as in combinations(xs, k).
from itertools import product
n = int(input())
a = list(map(int, input().split()))
print(sum(1 for i, j in product(range(n), range(n)) if i < j and a[i] > a[j]))
