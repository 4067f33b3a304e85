"""Times one function of a user's program at growing input sizes. Run inside the sandbox by
analysis::EmpiricalAnalyzer.

Standard input: one JSON header line {"function": name or "", "budget": seconds}, then the program.
Standard output: one JSON object per line: {"n": size, "seconds": time per call} as each size is
measured (the caller shows progress from these), then {"done": true, "function": ..., "kind": ...}
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


def param_kind(func, name):
    """"list" when the parameter is used as a sequence, "int" when as a number, else None."""
    seq = num = 0
    for node in ast.walk(func):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Name) and arg.id == name:
                if node.func.id in ("len", "sorted", "sum", "max", "min", "list", "set", "enumerate",
                                    "reversed", "tuple"):
                    seq += 1
                elif node.func.id in ("range", "int", "abs", "bin", "str"):
                    num += 1
        elif isinstance(node, ast.For) and isinstance(node.iter, ast.Name) and node.iter.id == name:
            seq += 1
        elif isinstance(node, ast.comprehension) and isinstance(node.iter, ast.Name) \
                and node.iter.id == name:
            seq += 1
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == name:
            seq += 1
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == name \
                and node.attr in ("sort", "append", "pop", "index", "count", "copy"):
            seq += 1
        elif isinstance(node, (ast.BinOp, ast.Compare, ast.AugAssign)):
            for side in ast.iter_child_nodes(node):
                if isinstance(side, ast.Name) and side.id == name:
                    num += 1
    if seq > num:
        return "list"
    if num > 0:
        return "int"
    return None


def choose_function(tree, wanted):
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        if wanted and node.name != wanted:
            continue
        args = node.args
        required = len(args.args) - len(args.defaults)
        if required != 1 or args.posonlyargs:
            continue
        kind = param_kind(node, args.args[0].arg)
        if kind:
            return node.name, kind
    return None, None


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


def make_input(kind, n, rng):
    if kind == "list":
        # Small values are shared int objects: the timings then measure the algorithm rather than
        # cache misses on a million separately allocated integers.
        return [rng.randint(0, 255) for _ in range(n)]
    return n


def sizes(kind):
    if kind == "list":
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


def measure(func, kind, n, rng, per_point):
    """The fastest time per call at size n, repeating calls until the clock is trustworthy."""
    arg = make_input(kind, n, rng)
    reps = 1
    best = None
    point_start = time.perf_counter()
    while True:
        # Fresh copies made outside the timed region: the function may sort or empty its list.
        copies = [list(arg) if kind == "list" else arg for _ in range(reps)]
        start = time.perf_counter()
        for c in copies:
            func(c)
        elapsed = time.perf_counter() - start
        per_call = elapsed / reps
        best = per_call if best is None else min(best, per_call)
        spent = time.perf_counter() - point_start
        if elapsed >= per_point or spent >= 3 * per_point:
            return best, spent
        grow = 4 if elapsed * 4 < per_point else 2
        if kind == "list" and reps * grow * n > 4000000:
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
    name, kind = choose_function(tree, header.get("function") or "")
    if not name:
        emit({"error": "no function with one list or number parameter to measure"})
        return
    namespace = {"__name__": "__measured__"}
    real_stdout = sys.stdout
    sys.stdout = io.StringIO()  # the program's prints must not mix with the measurements
    load_definitions(tree, namespace)
    func = namespace.get(name)
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
            seconds, spent = measure(func, kind, n, rng, per_point)
        except CallTimeout:
            break
        except RecursionError:
            break
        except Exception as e:
            signal.setitimer(signal.ITIMER_REAL, 0)
            sys.stdout = real_stdout
            if points == 0:
                emit({"error": "%s(%s) raised %s: %s" % (name, kind, type(e).__name__, e)})
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
    emit({"done": True, "function": name, "kind": kind})


if __name__ == "__main__":
    sys.setrecursionlimit(100000)
    main()
