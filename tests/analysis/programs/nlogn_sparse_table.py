# expect time=nlogn
# A sparse table: level j runs while j < n.bit_length(), so 1 << j stays below 2n (2 to the power of
# a logarithm is the size again, not 2^n): log n levels of at most n entries each.
n = int(input())
a = list(map(int, input().split()))
levels = n.bit_length()
table = [a[:]]
for j in range(1, levels):
    prev = table[-1]
    half = 1 << (j - 1)
    cur = [0] * n
    for i in range(n - (1 << j) + 1):
        cur[i] = min(prev[i], prev[i + half])
    table.append(cur)
q = int(input())
for _ in range(q):
    l, r = map(int, input().split())
    k = (r - l + 1).bit_length() - 1
    print(min(table[k][l], table[k][r - (1 << k) + 1]))
