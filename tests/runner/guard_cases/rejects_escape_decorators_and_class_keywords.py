# expect: builtin exec 5
# expect: builtin dynamic attribute access with getattr 10
# expect: syntax string naming __prepare__ 15
# Decorators and class keywords call whatever they name.
@exec
def f():
    pass


@getattr
def g():
    pass


class C(metaclass=type, **{"__prepare__": 1}):
    pass
