# expect time=constant
# Unpacking into three names means the line holds exactly three numbers: sorting them is O(1),
# whether unpacked at once or from a name later.
a, b, c = sorted(map(int, input().split()))
sides = sorted(map(int, input().split()))
x, y, z = sides
print("YES" if a + b > c and x + y > z else "NO")
