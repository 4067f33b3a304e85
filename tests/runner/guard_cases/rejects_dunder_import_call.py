# expect: builtin __import__ 3
# expect: import os 3
__import__("os").system("id")
