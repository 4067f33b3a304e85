# expect time=linear space=constant
# The branch on a large k prints a word but does not stop the program, and in the second loop k is
# read again: both loops run over a k as large as read.
k = int(input())
if k > 100:
    print("big")
total = 0
for i in range(k):
    total += i & 3
if k < 10:
    k = int(input())
    for i in range(k):
        total += i
print(total)
