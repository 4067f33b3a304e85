# expect time=quadratic
# Near miss of nlogn_fenwick_from_zero_or_step.py: i |= 1 sets one fixed bit, so with i += 1 the
# walk moves two places at most per pass: up to n steps for each of the n items.
n = int(input())
a = list(map(int, input().split()))
seen = [0] * (n + 2)
total = 0
for x in a:
    i = x
    while i < n:
        seen[i] += 1
        i |= 1
        i += 1
    total += seen[x]
print(total)
