# expect: compile 6
# stderr: File "/work/main.py", line 6
# stderr: SyntaxError:
values = [1, 2,
        3
print(values
