# expect: syntax attribute __globals__ 8
# expect: syntax attribute __builtins__ 9
# expect: syntax attribute __globals__ 10
def f():
    pass


real = f.__globals__["print"]
builtins_dict = f.__builtins__
lambda_globals = (lambda: 0).__globals__
