# expect time=linear space=linear
# Sets and counters keyed by a remainder by a written number or by a truth value hold a constant
# number of keys, however many items fed them: building them is one pass over the items, and
# sorting them afterwards costs O(1), not n log n.
from collections import Counter
n = int(input())
a = list(map(int, input().split()))
digits = sorted({x % 10 for x in a})
residues = Counter(x % 3 for x in a)
parity = sorted(set(x & 1 for x in a))
signs = {x > 0: x for x in a}
print(*digits)
print(sorted(residues.values()), parity, sorted(signs.items()))
