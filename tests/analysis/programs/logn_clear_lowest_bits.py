# expect time=logn
# n &= n - 1 clears the lowest set bit: a value only ever and-ed can only lose bits, so the loop
# runs at most log n times (once per set bit).
n = int(input())
count = 0
while n:
    n &= n - 1
    count += 1
print(count)
