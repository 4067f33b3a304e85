# expect: compile 5
# stderr: IndentationError
if True:
    x = 1
      y = 2
