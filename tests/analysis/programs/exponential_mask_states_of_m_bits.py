# expect time=exponential
# The same dictionary of masks, the bits taken from the m columns of each row read: its keys are
# the masks of m bits the rows' ORs reach, up to 2^m, so each pass walks up to 2^m states (it was
# read n * m, one key more per pass).
n, m = map(int, input().split())
dp = {0: 0}
for _ in range(n):
    row = list(map(int, input().split()))
    bit = 0
    for j in range(m):
        if row[j]:
            bit |= 1 << j
    new = dict(dp)
    for mask, v in dp.items():
        nm = mask | bit
        if nm not in new or new[nm] > v + 1:
            new[nm] = v + 1
    dp = new
print(dp.get((1 << m) - 1, -1))
