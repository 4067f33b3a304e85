# expect time=logn
# The program behind `if __name__ == "__main__":` runs once from top to bottom, as at the top level:
# r = bin(r)[2:] there rebinds the number r to its text of log r bits, so the loop over that text
# is logarithmic, not one pass per unit of r.
if __name__ == "__main__":
    l, r = map(int, input().split())
    r = bin(r)[2:]
    l = bin(l)[2:].zfill(len(r))
    first = -1
    for i in range(len(r)):
        if r[i] != l[i]:
            first = i
            break
    print(first if first < 0 else (1 << (len(r) - first)) - 1)
