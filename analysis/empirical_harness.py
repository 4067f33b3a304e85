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


try:
    from measure_kinds import choose_function
except ImportError:
    pass  # the bundled script: measure_kinds.py is earlier in the same file


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
