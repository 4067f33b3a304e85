# expect time=linear
# A tournament: each round keeps the winner of every pair, so the list halves on every pass (log n
# rounds) and the rounds together build n/2 + n/4 + ... < n items (it was quadratic).
n = int(input())
a = list(map(int, input().split()))
rounds = 0
while len(a) > 1:
    a = [max(a[i], a[i + 1]) if i + 1 < len(a) else a[i] for i in range(0, len(a), 2)]
    rounds += 1
print(a[0], rounds)
