# expect time=constant space=constant
# The function returns at once for n of 50 or more, so the double loop after the test runs for n
# below 50 only: at most 50 * 50 passes.
def count_pairs(n):
    if n >= 50:
        return 0
    pairs = 0
    for i in range(n):
        for j in range(n):
            if (i ^ j) % 3 == 0:
                pairs += 1
    return pairs


print(count_pairs(int(input())))
