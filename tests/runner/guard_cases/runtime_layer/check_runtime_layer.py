"""Checks the guard's runtime layer directly, as if the static checks had been bypassed.

Usage: python3 -I -S check_runtime_layer.py GUARD.py
Loads the guard as a module (its main() does not run), takes the restricted builtins it gives
programs, and tries what a program could do with them. Prints one line per failed check and exits
with 1 if any failed.
"""
import importlib.util
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ beside the guard in the source tree
spec = importlib.util.spec_from_file_location("python_guard", sys.argv[1])
guard = importlib.util.module_from_spec(spec)
spec.loader.exec_module(guard)

restricted = guard.program_namespace()
strict_import = restricted["__import__"]
failures = []


def refuses(description, action, error_type):
    try:
        action()
    except error_type:
        return
    except Exception as error:  # the wrong refusal still counts as a failure
        failures.append("%s: raised %r" % (description, error))
        return
    failures.append(description + ": was allowed")


class LyingName(str):
    def startswith(self, prefix, *args):
        return False


for name in ("eval", "exec", "open", "compile", "globals", "locals", "vars", "breakpoint"):
    if name in restricted:
        failures.append("builtin %s is available" % name)
refuses("getattr of __class__", lambda: restricted["getattr"](1, "__class__"), AttributeError)
refuses("getattr of a frame", lambda: restricted["getattr"](iter(()), "gi_frame"), AttributeError)
refuses("getattr of str.format", lambda: restricted["getattr"](str, "format"), AttributeError)
refuses("getattr with a lying str subclass",
        lambda: restricted["getattr"](1, LyingName("__class__")), TypeError)
refuses("setattr of a private name", lambda: restricted["setattr"](guard, "_x", 1), AttributeError)
refuses("import of os", lambda: strict_import("os"), ImportError)
refuses("import of importlib.util", lambda: strict_import("importlib.util"), ImportError)
refuses("relative import", lambda: strict_import("json", None, None, (), 1), ImportError)

random_module = strict_import("random")
typing_module = strict_import("typing")
operator_module = strict_import("operator")
refuses("random._os", lambda: random_module._os, AttributeError)
refuses("typing.sys", lambda: typing_module.sys, AttributeError)
refuses("dataclasses.sys", lambda: strict_import("dataclasses").sys, AttributeError)
refuses("a proxy's __class__", lambda: typing_module.__class__, AttributeError)
refuses("a proxy's __dict__", lambda: typing_module.__dict__, AttributeError)
refuses("writing to a module", lambda: setattr(random_module, "random", None), AttributeError)
refuses("attrgetter of __class__", lambda: operator_module.attrgetter("real.__class__"),
        AttributeError)
refuses("methodcaller of __reduce__", lambda: operator_module.methodcaller("__reduce__"),
        AttributeError)

# What must keep working through the same objects.
if strict_import("collections.abc").abc.Sized is None or random_module.Random(1).random() >= 1:
    failures.append("allowed modules do not work through the proxy")
if operator_module.attrgetter("real")(5) != 5 or restricted["getattr"](5, "imag") != 0:
    failures.append("public attribute lookups do not work")

# Nothing handed to the program leads back to the guard's globals: the functions among its
# builtins (exit, the checked getattr family, the import function and the module proxies' methods)
# live in namespaces of their own, holding neither posix, sys nor the real builtins module.
guard_globals = vars(guard)
handed_out = [value for value in restricted.values() if type(value) is type(refuses)]
handed_out += [function for name in ("__getattribute__", "__setattr__", "__repr__")
               for function in [type(random_module).__dict__[name]]]
for function in handed_out:
    namespace = function.__globals__
    if namespace is guard_globals:
        failures.append("%s has the guard's globals" % function.__name__)
    for value in list(namespace.values()) + list(function.__builtins__.values()):
        if value is guard_globals or value is sys.modules \
                or value in (sys, guard.posix, guard.builtins, guard):
            failures.append("%s reaches %r" % (function.__name__, value))
exit_globals = restricted["exit"].__globals__
if set(exit_globals) - {"__builtins__", "__name__"} or set(restricted["exit"].__builtins__) != {
        "SystemExit"}:
    failures.append("exit's globals hold more than SystemExit: %r" % sorted(exit_globals))

# Private submodules and private names are refused however they are asked for.
refuses("import of re._compiler", lambda: strict_import("re._compiler"), ImportError)
refuses("from re import _compiler", lambda: strict_import("re", None, None, ("_compiler",)),
        ImportError)
refuses("make_dataclass with a dunder field",
        lambda: strict_import("dataclasses").make_dataclass("K", ["__class__"]), AttributeError)
refuses("make_dataclass with a dunder in its namespace",
        lambda: strict_import("dataclasses").make_dataclass(
            "K", ["x"], namespace={"__match_args__": ("__class__",)}), AttributeError)

# The class-pattern check: plain classes pass, computed __match_args__ that read dunders do not.
check_class = restricted[guard.MATCH_CLASS_CHECK]
Point = strict_import("dataclasses").make_dataclass("Point", ["x", "y"])
snapshot = check_class(Point)
if check_class(int) is not int or snapshot.__match_args__ != ("x", "y") \
        or not isinstance(Point(1, 2), snapshot) or isinstance(1, snapshot):
    failures.append("the class-pattern check does not stand for plain classes")
refuses("class pattern reading __globals__",
        lambda: check_class(type("K", (), {"__match_args__": ("__globals__",)})), TypeError)
refuses("class pattern with a __match_args__ property",
        lambda: check_class(type("M", (type,), {"__match_args__": property(lambda c: ())})(
            "K", (), {})), TypeError)

# The audit hook, installed here as the guard installs it, cannot be switched off: not through
# the guard's globals, the builtins, nor the hook's own defaults or code.
import builtins
import posix

refused_error = RuntimeError
sys.addaudithook(guard._audit_hook)
guard_globals["REFUSED_EVENTS"] = frozenset()
guard_globals["REFUSED_IMPORTS"] = frozenset()
guard_globals["WRITE_FLAGS"] = 0
builtins.RuntimeError = Exception
refuses("posix.system", lambda: posix.system("true"), refused_error)
refuses("posix.open for writing",
        lambda: posix.open(sys.argv[1] + ".written", posix.O_WRONLY | posix.O_CREAT), refused_error)
refuses("open for writing", lambda: open(sys.argv[1] + ".written", "w"), refused_error)
refuses("import of _posixsubprocess", lambda: __import__("_posixsubprocess"), refused_error)
refuses("posix.fork", lambda: posix.fork(), refused_error)
refuses("replacing the hook's defaults",
        lambda: setattr(guard._audit_hook, "__defaults__", ()), refused_error)
refuses("replacing the hook's code",
        lambda: setattr(guard._audit_hook, "__code__", (lambda e, a: None).__code__), refused_error)
refuses("sys._current_frames", lambda: sys._current_frames(), refused_error)
with open(sys.argv[1]) as stream:  # reading stays allowed: the OS layers decide what is readable
    if "def main" not in stream.read():
        failures.append("reading a file was refused")

for failure in failures:
    print("FAILED:", failure)
print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
