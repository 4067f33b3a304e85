# expect time=logn
# `while True` left once the candidate minus the sum of its digits (kept in a list first) reaches s,
# the candidate starting at the multiple of ten below s and stepping by ten: O(log s) passes.
def digits_of(v):
    return [int(ch) for ch in str(v)]


n, s = map(int, input().split())
cand = s - s % 10
while True:
    ds = digits_of(cand)
    if cand - sum(ds) >= s:
        break
    cand += 10
print(max(0, n - cand + 1))
