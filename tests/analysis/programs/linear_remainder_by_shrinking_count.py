# expect time=linear
# Near miss of Euclid's algorithm (constant_euclid_remainders.py): the position is taken modulo a
# count that goes down by one per pass, the Josephus walk, so the loop runs n times; the divisor
# never takes the position's value, as Euclid's pair trade values.
n, k = map(int, input().split())
pos = 0
left = n
while left > 1:
    pos += k
    pos %= left
    left -= 1
print(pos + 1)
