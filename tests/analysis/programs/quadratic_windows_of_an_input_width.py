# expect time=quadratic
# Near miss of linear_chunks_of_a_named_width.py: the width is read from the input and every start
# has its window, so the windows copy up to n * k items.
n, k = map(int, input().split())
a = list(map(int, input().split()))
windows = [a[i:i + k] for i in range(n)]
print(sum(max(w) for w in windows if w))
