# expect: syntax attribute __code__ 8
# expect: syntax attribute __defaults__ 9
# expect: syntax attribute __code__ 10
def f():
    return 1


f.__code__ = (lambda: 2).__code__
f.__defaults__ = (1,)
code = f.__code__.replace(co_consts=(None,))
