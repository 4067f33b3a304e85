# expect time=linear
# Near miss of logn_flag_loop_halving.py: the flag is set when a counter stepped by one reaches n,
# so the loop runs n times.
n = int(input())
a = list(map(int, input().split()))
done = False
j = 0
total = 0
while not done:
    total += a[j]
    j += 1
    if j == n:
        done = True
print(total)
