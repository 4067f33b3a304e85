# expect: ok
# exit: 1
# stdout: start
# stderr: Traceback (most recent call last):
# stderr: File "/work/main.py", line 15, in <module>
# stderr: File "/work/main.py", line 11, in divide
# stderr: return a // b
# stderr: ZeroDivisionError: integer division or modulo by zero
# stderr-not: guard
def divide(a, b):
    return a // b


print("start")
divide(1, 0)
