# expect time=exponential
# Every distinct word reachable by deleting letters one at a time: the recursion marks each word it
# builds, but the words are subsequences of the input, 2^n of them, not n positions.
reached = set()


def shrink(word):
    if word in reached:
        return
    reached.add(word)
    for i in range(len(word)):
        shrink(word[:i] + word[i + 1:])


shrink(input().strip())
print(len(reached))
