# expect time=nlogn space=linear
# Each pass of the loop over the groups sorts a copy of its own group and walks the copy: the
# copies hold the items of their groups, which together are the n items, so the walks add up to n
# over the loop (as a walk of the group itself does) and the sorts to n log n.
n = int(input())
a = list(map(int, input().split()))
c = list(map(int, input().split()))
by = {}
for i in range(n):
    by.setdefault(c[i], []).append(a[i])
ok = True
for col, vals in by.items():
    s = sorted(vals)
    for k in range(1, len(s)):
        if s[k] == s[k - 1]:
            ok = False
print("YES" if ok else "NO")
