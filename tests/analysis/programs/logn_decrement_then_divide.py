# expect time=logn
# A spreadsheet column's letters: `num -= 1` then `num = num // 26` on every pass divides num itself
# (the decrement only shifts it by one), log n passes, as `num //= 26` already counted. Read as a
# counter stepped by one beside a quotient (trial division), it was linear.
num = int(input())
letters = []
while num > 0:
    num -= 1
    letters.append(chr(65 + num % 26))
    num = num // 26
print("".join(reversed(letters)))
