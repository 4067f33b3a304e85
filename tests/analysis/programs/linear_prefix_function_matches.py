# expect time=linear
# KMP: the prefix function, then the matches of p in t. The inner while only moves k (j) back to a
# value pi stored for an earlier position, each outer pass raises it by at most one and it never goes
# below 0: the falls add up to the rises, so both loops are linear (they were read as n^2).
p = input()
t = input()
m = len(p)
pi = [0] * m
k = 0
for i in range(1, m):
    while k > 0 and p[i] != p[k]:
        k = pi[k - 1]
    if p[i] == p[k]:
        k += 1
    pi[i] = k
found = 0
j = 0
for i in range(len(t)):
    while j > 0 and t[i] != p[j]:
        j = pi[j - 1]
    if t[i] == p[j]:
        j += 1
    if j == m:
        found += 1
        j = pi[j - 1]
print(found)
