# expect time=logn
# range(s, min(n, s + 300) + 1) has at most 301 values whatever n and s are; each costs the digits
# of a number up to n.
n, s = map(int, input().split())
found = n + 1
for v in range(s, min(n, s + 300) + 1):
    if v - sum(map(int, str(v))) >= s:
        found = v
        break
print(n - found + 1)
