# expect time=linear
# Each item of parts is the text of a number: adding one to s adds O(1) characters, and CPython
# extends s in place, so the loop is linear (an item of a list is not as long as the list).
n = int(input())
parts = []
for i in range(n):
    parts.append(str(i))
s = ''
for p in parts:
    s += p
print(s)
