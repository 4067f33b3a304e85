# expect time=nlogn
# n words, one per line: sorting them is n log n, and testing each word against the next scans two
# short lines; the lines together are the input, so the scans add up to reading it once.
n = int(input())
words = []
for _ in range(n):
    words.append(input().strip())
words.sort(key=len)
ok = True
for i in range(n - 1):
    if words[i] not in words[i + 1] or words[i + 1].find(words[i][:1]) < 0:
        ok = False
print("YES" if ok else "NO")
