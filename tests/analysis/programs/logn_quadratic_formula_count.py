# expect time=logn
# The integer root of a quadratic, solved in one step: x with x (x + 1) / 2 + x = n + k is
# (-3 + sqrt(9 + 8 (n + k))) / 2. The formula replaces a binary search over x, and CodeComplex labels
# it log n as it labels that search; the root is taken through a name bound once, as often written.
import math

moves, left = map(int, input().split())
disc = 9 + 8 * (moves + left)
root = math.sqrt(disc)
put = int((root - 3) / 2)
print(moves - put)
