# expect time=exponential
# A counter walked up to 2 ** n by ones visits every subset: the limit is the value of the whole
# expression 2 ** n, not the size n that appears in it.
n = int(input())
w = list(map(int, input().split()))
limit = int(input())
mask = 0
count = 0
while mask < 2 ** n:
    total = 0
    bit = 0
    while bit < n:
        if mask >> bit & 1:
            total += w[bit]
        bit += 1
    if total <= limit:
        count += 1
    mask += 1
print(count)
