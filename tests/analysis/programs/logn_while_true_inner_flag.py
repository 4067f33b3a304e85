# expect time=logn
# A while True left only through a flag an inner loop sets under a test on x: the loop goes on while
# that test fails, and x halves on every pass, so log x passes (it was linear, "until break").
x = int(input())
steps = 0
found = False
while True:
    for j in range(3):
        if x < 2 + j:
            found = True
            break
    if found:
        break
    x //= 2
    steps += 1
print(steps)
