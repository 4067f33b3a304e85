# expect: ok
# exit: 1
# stderr: RuntimeError: compiling code that uses getattr is not allowed in the strict profile
# The annotation is evaluated by typing at run time, so this getattr call is never seen by the
# static checks; the runtime hook refuses to compile it.
import typing

hint = "getattr(1, '_' + '_class_' + '_')"


def f(x: hint):
    pass


print(typing.get_type_hints(f))
