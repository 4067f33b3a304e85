# expect time=logn
# Near miss of constant_pow_of_a_constant_base.py: pow(x, k) with both read is x ** k, computed by
# repeated squaring in log k multiplications, as the operator is priced.
x, k = map(int, input().split())
print(pow(x, k) % 1000)
