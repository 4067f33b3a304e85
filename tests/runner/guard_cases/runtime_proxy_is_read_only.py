# expect: ok
# exit: 1
# stdout: 3.14
# stderr: File "/work/main.py", line 9, in <module>
# stderr: AttributeError: module 'math' is read-only in the strict profile
import math

print(round(math.pi, 2))
math.pi = 3
