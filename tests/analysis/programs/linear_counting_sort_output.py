# expect time=linear space=linear
# Counting sort: the values are counted (cnt[x] += 1), then each value is written as many times as
# it was counted. The inner loops run cnt[v] passes each and the counts add up to n, so together
# with the loop over the values it is n + n, not n per value.
n = int(input())
cnt = [0] * (n + 1)
for x in map(int, input().split()):
    cnt[x] += 1
out = []
for v in range(n + 1):
    for _ in range(cnt[v]):
        out.append(v)
print(*out)
