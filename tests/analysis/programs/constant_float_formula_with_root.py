# expect time=constant
# Square roots in a float formula (the time to cover a distance under constant acceleration): one
# operation each, as the labels price them; no count is solved for (the divisor is the acceleration,
# not the 2 of the quadratic formula), so it stays constant.
a, v = map(int, input().split())
length = int(input())
if v * v >= 2 * a * length:
    t = (2 * length / a) ** 0.5
else:
    t = v / a + (length - v * v / (2 * a)) / v
lead = (-v + (v * v + 2 * a * length) ** 0.5) / a
print("%.9f %.9f" % (t, lead))
