# expect time=constant
# A shift of the clock: only the remainder of k by 12 matters, so after k %= 12 the loop that walks
# the hours runs at most eleven times however large k was.
start, k = map(int, input().split())
k %= 12
hour = start
for _ in range(k):
    hour = hour % 12 + 1
print(hour)
