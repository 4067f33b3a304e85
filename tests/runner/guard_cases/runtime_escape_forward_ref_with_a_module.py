# expect: ok
# exit: 1
# stderr: TypeError: evaluating the annotation 'collections' in module 'typing' is not allowed
# A ForwardRef given a module is evaluated in that module's globals, whatever the caller passes.
import typing


def f(x: typing.ForwardRef("collections", module="typing")):
    pass


print(typing.get_type_hints(f))
