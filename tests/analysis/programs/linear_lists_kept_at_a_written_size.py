# expect time=linear space=linear
# Plain lists that never hold more than a few items: appended to only while shorter than 3, cut back
# to their first 3 items after each append, or trimmed by removing the smallest once longer than 2.
# Membership, sorting and removal on them cost O(1), so each loop is one pass over the n numbers.
n = int(input())
a = list(map(int, input().split()))
firsts = []
for x in a:
    if x not in firsts and len(firsts) < 3:
        firsts.append(x)
top = []
for x in a:
    top.append(x)
    top.sort(reverse=True)
    top = top[:3]
pair = []
for x in a:
    pair.append(x)
    if len(pair) > 2:
        pair.remove(min(pair))
print(firsts, sum(top), sum(pair))
