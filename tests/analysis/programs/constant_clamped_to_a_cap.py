# expect time=constant
# Powers of two as far as the 40th at most: the count read is clamped to 40 before the loop, so the
# loop runs at most 40 times however large the number read.
count = int(input())
if count > 40:
    count = 40
value = 1
powers = []
for _ in range(count):
    powers.append(value)
    value *= 2
print(*powers)
