# expect time=constant
# The planets not yet named: k names are read and each is deleted from a table of five written in
# the program. A sixth deletion would fail, so the loop runs at most five times whatever k is.
planets = {"mercury": 1, "venus": 2, "earth": 3, "mars": 4, "jupiter": 5}
k = int(input())
for _ in range(k):
    del planets[input().strip()]
print(len(planets))
for name in sorted(planets):
    print(name)
