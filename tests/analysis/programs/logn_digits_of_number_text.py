# expect time=logn
# sd is only called with the text of a number: its loop runs over log n digits.
def sd(s):
    t = 0
    for c in s:
        t += int(c)
    return t


n = int(input())
print(sd(str(n)), sd(str(2 * n)))
