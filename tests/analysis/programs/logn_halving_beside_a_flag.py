# expect time=logn
# Near miss of constant_halving_capped_by_a_counter.py: the second condition is a flag, not a counter
# raised toward a constant, so only the halving ends the loop: log n passes.
n = int(input())
going = True
steps = 0
while n > 1 and going:
    if n % 7 == 0:
        going = False
    n //= 2
    steps += 1
print(steps)
