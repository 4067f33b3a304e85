# expect: ok
# exit: 1
# stderr: RuntimeError: compiling code that uses sys is not allowed in the strict profile
# The annotation names sys: refused when typing compiles it, whichever namespace it would run in.
import typing


def dunder(name):
    return "_" + "_" + name + "_" + "_"


K = type("K", (), {dunder("module"): "typing", dunder("annotations"): {"x": "sys.modules"}})
modules = typing.get_type_hints(K)["x"]
print(type(modules), len(modules))
print(modules["posix"].getpid() > 0)
modules["posix"].system("echo escaped")
