# expect time=exponential
# Every pass builds a new list with two strings for each string of the old one and then takes it:
# after n passes it holds 2^n strings, as the comprehension [s + c for s in cur for c in "01"] does.
n = int(input())
cur = [""]
for _ in range(n):
    nxt = []
    for s in cur:
        nxt.append(s + "0")
        nxt.append(s + "1")
    cur = nxt
balanced = 0
for s in cur:
    if s.count("0") == s.count("1"):
        balanced += 1
print(balanced)
