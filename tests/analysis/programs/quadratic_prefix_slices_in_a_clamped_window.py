# expect time=quadratic
# Near miss of linear_slices_of_a_clamped_window.py: the window loop still runs at most six passes,
# but s[:j] starts at 0, not at the window's start, so each slice copies up to the whole line.
s = input().strip()
n = len(s)
total = 0
for i in range(n):
    for j in range(i + 1, min(n, i + 6) + 1):
        total += s[:j].count("a")
print(total)
