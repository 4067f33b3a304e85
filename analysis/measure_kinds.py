"""What Measure's Python harness (empirical_harness.py) can call and what it passes: which functions
(top-level ones, and the methods of top-level classes it can call) and, from each parameter's use, what
kind of argument to make. Shared by the harness, which the build bundles with this file, and by the
static analyzer (measure_notes.py), so that the IDE's picker offers what the harness accepts."""

import ast

STRING_METHODS = ("lower", "upper", "split", "strip", "isalpha", "isdigit", "isalnum", "isspace",
                  "startswith", "endswith", "find", "replace", "join", "casefold", "encode")
SEQUENCE_CALLS = ("len", "sorted", "sum", "max", "min", "list", "set", "enumerate", "reversed", "tuple",
                  "Counter", "deque", "heapify")
NUMBER_CALLS = ("range", "int", "abs", "bin", "str")


def halving_names(func):
    """Names assigned from a halving expression ((lo + hi) // 2, x >> 1): a binary search's midpoint."""
    names = set()
    for node in ast.walk(func):
        if isinstance(node, ast.Assign):
            halves = any(isinstance(part, ast.BinOp) and isinstance(part.op, (ast.FloorDiv, ast.RShift))
                         for part in ast.walk(node.value))
            if halves:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        names.add(target.id)
    return names


def param_kind(func, name):
    """How a parameter is used: "sorted" (a list a binary search or bisect reads), "list" (a
    sequence), "str" (text), "int" (a number), or None when the body does not say."""
    seq = num = text = ordered = 0
    halves = halving_names(func)
    for node in ast.walk(func):
        if isinstance(node, ast.Call) and node.args:
            arg = node.args[0]
            callee = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            if isinstance(arg, ast.Name) and arg.id == name:
                if callee.startswith("bisect") or callee.startswith("insort"):
                    ordered += 1
                elif callee in SEQUENCE_CALLS:
                    seq += 1
                elif callee in ("ord",):
                    text += 1
                elif callee in NUMBER_CALLS:
                    num += 1
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Name) and node.iter.id == name:
            seq += 1
        elif isinstance(node, ast.comprehension) and isinstance(node.iter, ast.Name) \
                and node.iter.id == name:
            seq += 1
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == name:
            seq += 1
            index = node.slice
            if (isinstance(index, ast.Name) and index.id in halves) or \
                    (isinstance(index, ast.BinOp) and isinstance(index.op, (ast.FloorDiv, ast.RShift))):
                ordered += 1
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == name:
            if node.attr in STRING_METHODS:
                text += 1
            elif node.attr in ("sort", "append", "pop", "index", "count", "copy"):
                seq += 1
        elif isinstance(node, (ast.BinOp, ast.Compare, ast.AugAssign)):
            for side in ast.iter_child_nodes(node):
                if isinstance(side, ast.Name) and side.id == name:
                    num += 1
    if ordered:
        return "sorted"
    if text and text >= num:
        return "str"
    if seq > num:
        return "list"
    if num > 0:
        return "int"
    return None


def call_signature(func, skip=0):
    """[(name, kind)] of the required positional parameters (after the first `skip`: a method's self or
    cls), or None when one's use says nothing."""
    args = func.args
    if args.posonlyargs:
        return None
    required = args.args[:len(args.args) - len(args.defaults)][skip:]
    if not required:
        return None
    params = []
    for arg in required:
        kind = param_kind(func, arg.arg)
        if not kind:
            return None
        params.append((arg.arg, kind))
    return params


def has_decorator(func, name):
    return any(isinstance(d, ast.Name) and d.id == name for d in func.decorator_list)


def method_binding(cls, func):
    """How a method of a top-level class is called: "static", "class", "instance" (on an object made
    with the class's constructor without arguments), or why it cannot be ("it is ...")."""
    if has_decorator(func, "staticmethod"):
        return "static"
    if has_decorator(func, "classmethod"):
        return "class"
    if func.decorator_list:
        return "decorated: Measure calls plain functions and methods"
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            required = node.args.args[:len(node.args.args) - len(node.args.defaults)]
            if len(required) > 1 or node.args.posonlyargs or any(
                    d is None for d in node.args.kw_defaults):
                return ("a method of %s, whose constructor needs arguments Measure cannot know: make it a "
                        "function or a @staticmethod" % cls.name)
    return "instance"


def callable_candidates(tree):
    """(function node, class node or None) for the top-level functions and the methods of top-level
    classes, in the program's order."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            yield node, None
        elif isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, ast.FunctionDef) and not (
                        member.name.startswith("__") and member.name.endswith("__")):
                    yield member, node


def choose_function(tree, wanted):
    """(name, params, owner, binding): the named function (or, with no name, the first Measure can
    call); owner is its class (None for a function) and binding how it is called. With a name that
    cannot be called, params is None and binding says why."""
    refusal = None
    if wanted and not any(func.name == wanted for func, _ in callable_candidates(tree)):
        refusal = ("%s() is not a top-level function nor a method of a top-level class: Measure cannot "
                   "call it" % wanted)
    for func, cls in callable_candidates(tree):
        if wanted and func.name != wanted:
            continue
        binding = method_binding(cls, func) if cls is not None else "function"
        if binding not in ("function", "static", "class", "instance"):
            refusal = refusal or "%s() cannot be measured: it is %s" % (func.name, binding)
            continue
        params = call_signature(func, 0 if binding in ("function", "static") else 1)
        if params:
            return func.name, params, cls, binding
    return None, None, None, refusal


def measure_refusal(func, cls):
    """Why the harness cannot measure the function `func` (a method of `cls`, or a top-level function
    when cls is None), or None when it can."""
    if cls is not None and func.name.startswith("__") and func.name.endswith("__"):
        return "a special method: Measure calls functions and methods"
    binding = method_binding(cls, func) if cls is not None else "function"
    if binding not in ("function", "static", "class", "instance"):
        return binding
    args = func.args
    required = args.args[:len(args.args) - len(args.defaults)][0 if binding in ("function", "static") else 1:]
    if args.posonlyargs:
        return "it has positional-only parameters, which Measure does not pass"
    if not required:
        return "it takes no parameter Measure must pass: nothing of it can grow"
    unknown = [a.arg for a in required if not param_kind(func, a.arg)]
    if unknown:
        return ("the use of %s does not show whether it is a list, a string or a number"
                % ", ".join(unknown))
    return None
