"""Times one function of a user's program at growing input sizes. Run inside the sandbox by
analysis::EmpiricalAnalyzer.

Standard input: one JSON header line {"function": name or "", "size": parameter or "", "budget":
seconds}, then the program. The function is a top-level one or a method of a top-level class: a
@staticmethod, a @classmethod, or an instance method called on an object made with the class's
constructor without arguments (a LeetCode-style `class Solution`). Every required parameter gets an argument made from its use (a sorted list
for a binary search, a list, a string, an int); the size parameter grows, the others stay small.
Standard output: one JSON object per line: {"n": size, "seconds": time per call} as each size is
measured (the caller shows progress from these), then {"done": true, "function": ..., "kind": ...,
"size": the parameter that grew, "parameters": [{"name", "kind"}]}
or {"error": "..."}.
"""

import ast
import io
import json
import random
import signal
import sys
import time


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


class CallTimeout(Exception):
    pass


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


def signature(func, skip=0):
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


def decorated(func, name):
    return any(isinstance(d, ast.Name) and d.id == name for d in func.decorator_list)


def method_binding(cls, func):
    """How a method of a top-level class is called: "static", "class", "instance" (on an object made
    with the class's constructor without arguments), or the reason it cannot be."""
    if decorated(func, "staticmethod"):
        return "static"
    if decorated(func, "classmethod"):
        return "class"
    if func.decorator_list:
        return "%s() is decorated: Measure calls plain functions and methods" % func.name
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            required = node.args.args[:len(node.args.args) - len(node.args.defaults)]
            if len(required) > 1 or node.args.posonlyargs or any(
                    d is None for d in node.args.kw_defaults):
                return ("%s() is a method of %s, whose constructor needs arguments Measure cannot know: make "
                        "it a function or a @staticmethod" % (func.name, cls.name))
    return "instance"


def candidates(tree):
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


def size_parameter(params, wanted):
    """The parameter whose size grows: the one asked for, else the first collection, else the first
    number."""
    names = [name for name, _ in params]
    if wanted in names:
        return wanted
    for name, kind in params:
        if kind in ("list", "sorted", "str"):
            return name
    return names[0]


def choose_function(tree, wanted):
    """(name, params, owner, binding): the named function (or, with no name, the first Measure can
    call); owner is its class (None for a function) and binding how it is called. With a name that
    cannot be called, params is None and binding says why."""
    refusal = None
    if wanted and not any(func.name == wanted for func, _ in candidates(tree)):
        refusal = ("%s() is not a top-level function nor a method of a top-level class: Measure cannot "
                   "call it" % wanted)
    for func, cls in candidates(tree):
        if wanted and func.name != wanted:
            continue
        binding = method_binding(cls, func) if cls is not None else "function"
        if binding not in ("function", "static", "class", "instance"):
            refusal = refusal or binding
            continue
        params = signature(func, 0 if binding in ("function", "static") else 1)
        if params:
            return func.name, params, cls, binding
    return None, None, None, refusal


def load_definitions(tree, namespace):
    """Runs imports, definitions and simple assignments; skips the program's own top-level work,
    which would read input or print."""
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef, ast.Assign,
                             ast.AnnAssign, ast.AsyncFunctionDef)):
            module = ast.Module(body=[node], type_ignores=[])
            try:
                exec(compile(module, "<program>", "exec"), namespace)
            except Exception:
                pass


def make_value(kind, n, rng):
    if kind in ("list", "sorted"):
        # Small values are shared int objects: the timings then measure the algorithm rather than
        # cache misses on a million separately allocated integers.
        values = [rng.randint(0, 255) for _ in range(n)]
        return sorted(values) if kind == "sorted" else values
    if kind == "str":
        return "".join(rng.choice("abcdefghij") for _ in range(n))
    return n


def make_arguments(params, size_name, n, rng):
    """One argument per parameter: the size parameter at size n, the others small and fixed (a value
    no generated collection holds, so a search runs to its end; a short string; a short list)."""
    arguments = []
    for name, kind in params:
        if name == size_name:
            arguments.append(make_value(kind, n, rng))
        elif kind == "int":
            arguments.append(-1)
        elif kind == "str":
            arguments.append("abc")
        else:
            arguments.append(make_value(kind, 8, rng))
    return arguments


def fresh(arguments):
    # Copies made outside the timed region: the function may sort or empty its lists.
    return [list(a) if isinstance(a, list) else a for a in arguments]


def sizes(kind):
    if kind in ("list", "sorted", "str"):
        # Up to 2^18 items: beyond the caches, memory traffic bends every curve upwards and a
        # plain loop would start to look like n log n.
        n = 64
        while n <= 1 << 18:
            yield n
            n *= 2
    else:
        # Numbers grow more slowly so that exponential functions still give several points.
        n = 4.0
        while n <= 1 << 40:
            yield int(n)
            n *= 1.4142


def measure(func, params, size_name, n, rng, per_point):
    """The fastest time per call at size n, repeating calls until the clock is trustworthy.

    Calls are timed in this thread's CPU time: on a loaded machine the wall clock also counts the
    time the scheduler gave others, and one such batch at the largest size bent a quadratic curve
    into a cubic one. The wall clock still decides how long a point may take (the budget)."""
    arguments = make_arguments(params, size_name, n, rng)
    collection = any(name == size_name and kind != "int" for name, kind in params)
    # A function that leaves its arguments as they were (a search) can be called on the same lists
    # again; copying n items per call would otherwise cost more than an O(log n) call itself.
    probe = fresh(arguments)
    func(*probe)
    mutates = probe != arguments
    reps = 1
    best = None
    point_start = time.perf_counter()
    while True:
        copies = [fresh(arguments) if mutates else arguments for _ in range(reps)]
        start = time.thread_time()
        for c in copies:
            func(*c)
        elapsed = time.thread_time() - start
        per_call = elapsed / reps
        best = per_call if best is None else min(best, per_call)
        spent = time.perf_counter() - point_start
        if elapsed >= per_point or spent >= 3 * per_point:
            return best, spent
        grow = 4 if elapsed * 4 < per_point else 2
        if collection and mutates and reps * grow * n > 4000000:
            return best, spent
        reps = min(reps * grow, 100000)


def main():
    header = json.loads(sys.stdin.readline() or "{}")
    source = sys.stdin.read()
    sys.stdin = io.StringIO("")  # the program's own input() calls see end of file
    budget = float(header.get("budget", 3.0))
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        emit({"error": "syntax error at line %s: %s" % (e.lineno, e.msg)})
        return
    wanted = header.get("function") or ""
    name, params, owner, binding = choose_function(tree, wanted)
    if not name:
        if binding:
            emit({"error": binding})
        elif wanted:
            emit({"error": "%s() cannot be measured: the use of each parameter must show whether it is a "
                           "list, a string or a number" % wanted})
        else:
            emit({"error": "no function whose parameters are lists, strings or numbers to measure"})
        return
    size_name = size_parameter(params, header.get("size") or "")
    kind = dict(params)[size_name]
    namespace = {"__name__": "__measured__"}
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()  # the program's prints must not mix with the measurements
    load_definitions(tree, namespace)
    func = namespace.get(name) if owner is None else getattr(namespace.get(owner.name), name, None)
    if binding == "instance" and callable(func):
        # One object, made outside the timed region (as Java's harness makes one).
        try:
            func = getattr(namespace[owner.name](), name)
        except Exception as e:
            sys.stdout = real_stdout
            emit({"error": "%s() raised %s: %s" % (owner.name, type(e).__name__, e)})
            return
    if not callable(func):
        sys.stdout = real_stdout
        emit({"error": "function %s could not be defined" % name})
        return

    def on_alarm(signum, frame):
        raise CallTimeout()

    signal.signal(signal.SIGALRM, on_alarm)
    rng = random.Random(12345)
    started = time.perf_counter()
    per_point = 0.02
    points = 0
    for n in sizes(kind):
        left = budget - (time.perf_counter() - started)
        if left <= 0.05:
            break
        signal.setitimer(signal.ITIMER_REAL, max(0.05, left))
        try:
            seconds, spent = measure(func, params, size_name, n, rng, per_point)
        except CallTimeout:
            break
        except RecursionError:
            break
        except Exception as e:
            signal.setitimer(signal.ITIMER_REAL, 0)
            sys.stdout = real_stdout
            if points == 0:
                emit({"error": "%s() raised %s: %s" % (name, type(e).__name__, e)})
                return
            break
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout = real_stdout
        emit({"n": n, "seconds": seconds})
        sys.stdout = io.StringIO()
        points += 1
        # A size whose measurement took a large part of what is left ends the series.
        if spent * 4 > budget - (time.perf_counter() - started):
            break
    sys.stdout = real_stdout
    emit({"done": True, "function": name, "kind": kind, "size": size_name,
          "parameters": [{"name": p, "kind": k} for p, k in params]})


if __name__ == "__main__":
    sys.setrecursionlimit(100000)
    main()
