# expect time=linear space=constant
# The lines of the input walked through the stream itself (for line in sys.stdin) and through
# open(0): once per line read, as `for _ in range(n): input()` runs.
import sys
count = 0
longest = 0
for line in sys.stdin:
    word = line.strip()
    if word:
        count += 1
        longest = max(longest, len(word))
print(count, longest)
