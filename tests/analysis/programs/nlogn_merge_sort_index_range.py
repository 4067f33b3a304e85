# expect time=nlogn
# Merge sort over index ranges: sort(l, m) and sort(m, r), then a merge loop over l..r that compares
# a[i] <= a[j] after the recursion; a[] is the data being sorted, not a memo table or visited marks.
def sort(l, r):
    if r - l <= 1:
        return
    m = (l + r) // 2
    sort(l, m)
    sort(m, r)
    i, j, k = l, m, l
    while i < m or j < r:
        if j >= r or (i < m and a[i] <= a[j]):
            tmp[k] = a[i]
            i += 1
        else:
            tmp[k] = a[j]
            j += 1
        k += 1
    for k in range(l, r):
        a[k] = tmp[k]


n = int(input())
a = list(map(int, input().split()))
tmp = [0] * n
sort(0, n)
print(*a)
