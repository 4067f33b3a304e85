# expect time=linear space=linear
# Next greater element with a stack: every index is pushed once and popped at most once, so the
# inner while-loop is amortized over the whole for-loop.
import sys


def next_greater(values):
    answer = [-1] * len(values)
    stack = []
    for i, v in enumerate(values):
        while stack and values[stack[-1]] < v:
            answer[stack.pop()] = v
        stack.append(i)
    return answer


n = int(sys.stdin.readline())
vals = list(map(int, sys.stdin.readline().split()))
print(*next_greater(vals))
