# expect time=linear
# Near miss of quadratic_pop_at_computed_index.py: pop(len(stack) - 1) takes the last item and a
# dictionary's pop(key) is one lookup, whatever the key; neither moves other items.
n = int(input())
a = list(map(int, input().split()))
stack = []
last = {}
for i, x in enumerate(a):
    if stack and stack[len(stack) - 1] == x:
        stack.pop(len(stack) - 1)
    else:
        stack.append(x)
    if x in last:
        last.pop(x)
    last[x] = i
print(len(stack), len(last))
