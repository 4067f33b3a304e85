# expect time=linear
n = int(input())
a = list(map(int, input().split()))
seen = set()
for x in a:
    if x in seen:
        print("dup")
    seen.add(x)
