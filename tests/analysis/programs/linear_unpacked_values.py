# expect time=linear
# x and y are rebound to the two values sorted: each is one of the items written out, a value read
# from the input, so the loop between them runs up to that value, not over two items. (A name per
# binding: the rebinding of x and y keeps their sizes apart from the first ones.)
x = int(input())
y = int(input())
x, y = sorted([x, y])
total = 0
for v in range(x, y + 1):
    total += v % 7
print(total)
