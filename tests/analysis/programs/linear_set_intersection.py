# expect time=linear
# Reading each line is receiving the input; a & b then builds a new set from the items of both:
# linear in their sizes, even with no loop written.
n = int(input())
a = set(map(int, input().split()))
b = set(map(int, input().split()))
common = a & b
print(len(common))
