# expect time=linear
# Each pass reads one query and answers it, but the passes share one set (added to and searched):
# they are n queries on a structure that grows with them, not n independent test cases.
n = int(input())
seen = set()
for _ in range(n):
    op, word = input().split()
    if op == "+":
        seen.add(word)
    else:
        print("YES" if word in seen else "NO")
