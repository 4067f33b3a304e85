# expect time=constant
# The test cases are counted with range(0, T) and range(1, T + 1) instead of range(T), and their
# answers collected and printed after the loops: still one test case per pass, each of constant work.
T = int(input())
answers = []
for case in range(0, T):
    n, m = map(int, input().split())
    k = int(input())
    answers.append(min(n, m, k))
Q = int(input())
for case in range(1, Q + 1):
    a, b = map(int, input().split())
    c = int(input())
    answers.append((a + b) % c)
print("\n".join(map(str, answers)))
