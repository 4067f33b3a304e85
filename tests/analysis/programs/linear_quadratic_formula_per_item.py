# expect time=linear
# Near miss of logn_quadratic_formula_count.py: a root of a quadratic for each of n items is
# arithmetic on that item, O(1) each as the labels price it; no search over a count is replaced,
# so the loop over the items is the whole cost.
import math

n = int(input())
roots = []
for _ in range(n):
    b, c = map(int, input().split())
    roots.append(int((-b + math.sqrt(b * b + 4 * c)) / 2))
print(sum(roots))
