# expect time=logn
# p <<= 1 doubles p (only p <<= 0 would leave it), so the loop stops after log(l ^ r) steps.
l, r = map(int, input().split())
x = l ^ r
p = 1
while p <= x:
    p <<= 1
print(p - 1)
