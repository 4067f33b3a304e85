# expect time=linear
# A dictionary of bitmask states rebuilt on every pass from its own keys: new[mask | bit] with bit
# = 1 << (x % 10). An OR of numbers below 2^10 stays below 2^10, so the dictionary never holds more
# than 1024 keys however many items pass: n passes of constant work (it was n^2, one key more per
# pass).
n = int(input())
a = list(map(int, input().split()))
dp = {0: 1}
for x in a:
    bit = 1 << (x % 10)
    new = dict(dp)
    for mask, cnt in dp.items():
        new[mask | bit] = new.get(mask | bit, 0) + cnt
    dp = new
print(sum(dp.values()))
