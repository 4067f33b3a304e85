# expect: compile 4
# stderr: File "/work/main.py", line 4
# stderr: SyntaxError: 'return' outside function
return 5
