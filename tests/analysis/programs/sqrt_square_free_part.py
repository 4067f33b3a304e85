# expect time=sqrt
# n shrinks only in the passes that find a square divisor (at most log n of them); every other pass
# steps x by one, so x's walk up to sqrt(n) bounds the loop, not the division of n.
n = int(input())
x = 2
while x * x <= n:
    if n % (x * x) == 0:
        n //= x * x
        x = 2
    else:
        x += 1
print("YES" if n == 1 else "NO")
