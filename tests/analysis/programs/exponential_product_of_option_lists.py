# expect time=exponential
# One dish from each of n menus, every way: product(*menus) yields a tuple per choice of an item
# from each menu, m^n tuples for n menus of m items.
from itertools import product

n = int(input())
menus = [list(map(int, input().split())) for _ in range(n)]
budget = int(input())
ways = 0
for meal in product(*menus):
    if sum(meal) <= budget:
        ways += 1
print(ways)
