# expect time=nlogn space=linear
# most_common() with no limit sorts every distinct value by its count: n log n. With a constant
# limit (most_common(3)) it would only keep the largest few.
from collections import Counter
n = int(input())
counts = Counter(input().split())
for word, c in counts.most_common():
    print(word, c)
print(counts.most_common(3))
