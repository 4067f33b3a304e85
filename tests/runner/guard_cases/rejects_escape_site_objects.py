# expect: syntax attribute __globals__ 6
# expect: syntax attribute __builtins__ 7
# expect: syntax attribute __code__ 8
# expect: builtin help 9
# exit and quit are functions of the guard: their globals were the guard's.
g = exit.__globals__
b = quit.__builtins__
c = exit.__code__
help()
