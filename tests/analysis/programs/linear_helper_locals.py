# expect time=linear
# A helper's local variable is not the main program's variable of the same name: `x` in area() is
# a product of two sizes, but the loop below runs up to the number x read from the input.
def area(w, h):
    x = w * h
    return x % 1000003


x = int(input())
total = 0
for i in range(x):
    total += i % 7
print(total, area(x, total))
