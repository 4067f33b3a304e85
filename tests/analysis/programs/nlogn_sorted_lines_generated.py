# expect time=nlogn space=linear
# sorted(input() for _ in range(n)) is the list of lines in another order: testing one line against
# the next costs a line's length, as for any list of lines, not the number of lines.
n = int(input())
words = sorted(input() for _ in range(n))
chain = 0
for i in range(1, n):
    if words[i].startswith(words[i - 1]) or words[i - 1] in words[i]:
        chain += 1
print(chain)
