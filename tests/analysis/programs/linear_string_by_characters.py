# expect time=linear
# The answer is built one item at a time: CPython grows a string only this name refers to in
# place (as a list grows on append), so each += costs the piece's length, O(1) here, not the
# string's. (Appending whole input lines still costs a line each: quadratic_string_concat.py.)
n = int(input())
a = list(map(int, input().split()))
mark = [None] * (n + 1)
for i in range(n):
    mark[i] = "A" if a[i] % 2 else "B"
out = ""
for i in range(n):
    out += mark[a[i] % n]
print(out)
