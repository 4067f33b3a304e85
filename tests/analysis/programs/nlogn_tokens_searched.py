# expect time=nlogn
# The words come from the whole input read at once and split; each is a token of the input, so
# searching one in the next costs its length, which all the words share out: the loop is linear
# and the sort by length n log n (a list of whole lines read one by one is treated the same way).
import sys
data = sys.stdin.read().split()
n = int(data[0])
words = data[1:n + 1]
words.sort(key=len)
for i in range(n - 1):
    if words[i] not in words[i + 1] or words[i + 1].find(words[i]) < 0:
        print("NO")
        sys.exit()
print("YES")
print("\n".join(words))
