# expect time=linear
# while t: t -= 1 around a case that reads its own n numbers and adds its answer to a list printed
# after the loop: one test case per pass (as with the for-loop form, or a print per case), so the
# cost is that of the largest case, not t times it.
t = int(input())
answers = []
while t > 0:
    t -= 1
    n = int(input())
    total = 0
    for _ in range(n):
        total += int(input())
    answers.append(total)
print("\n".join(map(str, answers)))
