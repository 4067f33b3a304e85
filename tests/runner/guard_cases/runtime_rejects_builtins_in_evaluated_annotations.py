# expect: ok
# exit: 1
# stderr: RuntimeError: compiling code that uses open is not allowed in the strict profile
# stderr-not: root:
# Given an empty globalns, eval runs the annotation with the real builtins; the runtime hook refuses
# to compile code that names them.
import typing


def f(x: "open('/etc/passwd').read()"):
    pass


print(typing.get_type_hints(f, globalns={}))
