# expect: ok
# exit: 1
# stderr: RuntimeError: compiling code that uses __subclasses__ is not allowed in the strict profile
# stderr-not: guard
# typing evaluates string annotations with eval, so a string computed at run time reaches the
# compiler without passing the static checks; the runtime hook checks it there.
import typing

UNDERSCORES = "_" * 2
hint = "object." + UNDERSCORES + "subclasses" + UNDERSCORES + "()"


def f(x: hint):
    pass


print(typing.get_type_hints(f))
