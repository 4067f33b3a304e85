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

restricted = guard.restricted_builtins()
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

for failure in failures:
    print("FAILED:", failure)
print("%d failures" % len(failures))
sys.exit(1 if failures else 0)
