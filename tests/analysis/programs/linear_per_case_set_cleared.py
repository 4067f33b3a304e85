# expect time=linear
# The set is emptied at the start of every test case: the cases share no state, so they are
# independent test cases (their sizes add up to the input), unlike queries on one set.
t = int(input())
seen = set()
for _ in range(t):
    seen.clear()
    n = int(input())
    a = list(map(int, input().split()))
    distinct = 0
    for x in a:
        if x not in seen:
            seen.add(x)
            distinct += 1
    print(distinct)
