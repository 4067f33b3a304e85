# expect time=linear space=constant
# The numbers of a line summed, and those of the next line compared, straight from the parse: a sum
# or a maximum over a line is a pass over its n numbers, as over the list parsed from it, even though
# no list of the program holds them.
import sys
n = int(sys.stdin.readline())
total = sum(map(int, sys.stdin.readline().split()))
largest = max(map(int, input().split()))
print(total, largest, n)
