# expect time=exponential
# Every word of length n over the letters "xyz", grown one letter a pass: the list is three times as
# long after each pass, 3^n words in the end, each checked once.
n = int(input())
words = [""]
for _ in range(n):
    words = [w + c for w in words for c in "xyz"]
count = 0
for w in words:
    if "xx" not in w:
        count += 1
print(count)
