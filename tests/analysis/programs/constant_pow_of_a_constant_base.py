# expect time=constant
# m mod 2^n: pow(2, n) without a modulus is 2 ** n and costs what the operator costs, constant for
# a constant base as 2 ** n and 1 << n already were (a three-argument pow(2, n, mod) stays log n).
n = int(input())
m = int(input())
print(m % pow(2, n))
