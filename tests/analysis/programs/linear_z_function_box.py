# expect time=linear space=linear
# The Z-function: each match starts no further than the box [l, r) of the rightmost match so far
# allows (min(r - i, z[i - l])), and the box's end moves to wherever the match got. A match that
# starts inside the box and could go on stops at once, so the inner loop's steps over the whole
# outer loop are the steps that push r forward: linear, not once per position (it was n^2).
s = input()
n = len(s)
z = [0] * n
l = r = 0
for i in range(1, n):
    if i < r:
        z[i] = min(r - i, z[i - l])
    while i + z[i] < n and s[z[i]] == s[i + z[i]]:
        z[i] += 1
    if i + z[i] > r:
        l, r = i, i + z[i]
period = n
for i in range(1, n):
    if i + z[i] == n:
        period = i
        break
print(period)
