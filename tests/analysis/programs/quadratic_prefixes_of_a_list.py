# expect time=quadratic
# Near miss of linear_consecutive_pieces_of_a_list.py: every piece starts at the front of the list
# (a[:n * (i + 1) // k]), so the k prefixes copy up to n items each; with k read from the input that
# is n * k.
n, k = map(int, input().split())
a = list(map(int, input().split()))
prefixes = [a[:n * (i + 1) // k] for i in range(k)]
print(sum(len(p) for p in prefixes))
