"""Which functions of an analyzed program Measure (the empirical analyzer) can call, for the IDE's picker:
the static analyzer adds "measurable": false and "measure_note" (why) to the others in its "functions".

For Python the rules are those of empirical_harness.py: it calls top-level functions and the methods of
top-level classes (a @staticmethod or a @classmethod on the class, another method on an object made
with the class's constructor without arguments). Other languages' parsers note what their harness
cannot call in the program model (cpp_callable.py, js_tree_dump.js, lowering.java_measure_notes), which
the lowering hands over as tree.measure_notes; a function nested in another is never callable.
"""
import ast

NESTED = "nested in another function: Measure calls top-level functions and methods"


def _decorated(func, name):
    return any(isinstance(d, ast.Name) and d.id == name for d in func.decorator_list)


def _constructor_needs_arguments(cls):
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            args = node.args
            required = args.args[:len(args.args) - len(args.defaults)]
            return len(required) > 1 or bool(args.posonlyargs) or any(d is None for d in args.kw_defaults)
    return False


def _python_method_note(cls, func):
    if func.name.startswith("__") and func.name.endswith("__"):
        return "a special method: Measure calls functions and methods"
    if _decorated(func, "staticmethod") or _decorated(func, "classmethod"):
        return None
    if func.decorator_list:
        return "decorated: Measure calls plain functions and methods"
    if _constructor_needs_arguments(cls):
        return ("a method of %s, whose constructor needs arguments Measure cannot know: make it a function "
                "or a @staticmethod" % cls.name)
    return None


def measure_notes(tree):
    """{(name, line): why Measure cannot call it} for the tree's function definitions it cannot call."""
    lowered = hasattr(tree, "origins")
    notes = dict(getattr(tree, "measure_notes", {}))
    callable_ids = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            callable_ids.add(id(node))
        elif isinstance(node, ast.ClassDef) and not lowered:
            for member in node.body:
                if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    note = _python_method_note(node, member) if isinstance(member, ast.FunctionDef) else \
                        "an async function: Measure times plain calls"
                    if note:
                        notes[(member.name, member.lineno)] = note
                    callable_ids.add(id(member))
    for node in ast.walk(tree):
        if isinstance(node, ast.AsyncFunctionDef) and id(node) not in callable_ids:
            notes.setdefault((node.name, node.lineno), "an async function: Measure times plain calls")
        elif isinstance(node, ast.FunctionDef) and id(node) not in callable_ids:
            notes.setdefault((node.name, node.lineno), NESTED)
    return notes


def python_parameters(tree):
    """{(name, line): parameters} for the methods of a Python program's top-level classes whose first
    parameter is their object or class (not a @staticmethod's): what a caller passes leaves it out."""
    shown = {}
    if hasattr(tree, "origins"):
        return shown
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, ast.FunctionDef) and not _decorated(member, "staticmethod"):
                    params = [a.arg for a in member.args.posonlyargs + member.args.args]
                    shown[(member.name, member.lineno)] = params[1:]
    return shown
