# expect time=logn
# r is read as a number and then rebound to its binary digits: from there on r is a text of log r
# characters, and the loop over it runs log r times (sizes are kept per binding, not per name).
r = int(input())
r = bin(r)[2:]
r = r[::-1]
ones = 0
for i in range(len(r)):
    if r[i] == "1":
        ones += 1
print(ones)
