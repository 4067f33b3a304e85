# expect: ok
# stdin: 3
# stdin: 4 5 6
# stdout: 15
n = int(input())
numbers = [int(part) for part in input().split()]
print(n + sum(numbers) - 3)
