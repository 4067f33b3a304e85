# expect time=quadratic
# Bubble sort by passes until one swaps nothing: the flag is reset at the top of each pass and set
# only inside the pass's loop over the list, so there are up to n passes of n steps (the loop's
# test, a flag set to constants, had read as a loop of constant length).
n = int(input())
a = list(map(int, input().split()))
swapped = True
swaps = 0
while swapped:
    swapped = False
    for i in range(n - 1):
        if a[i] > a[i + 1]:
            a[i], a[i + 1] = a[i + 1], a[i]
            swapped = True
            swaps += 1
print(swaps)
