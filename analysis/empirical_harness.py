"""Times one function of a user's program at growing input sizes. Run inside the sandbox by
analysis::EmpiricalAnalyzer.

Standard input: one JSON header line {"function": name or "", "size": parameter or "", "budget":
seconds, optionally "rounds": how many times to measure each size (5), "refine_until": the second
after which no size is measured again (the budget), and "sizes": the sizes to measure instead of
growing n until the budget says stop}, then the program. The function is a top-level one or
a method of a top-level class: a @staticmethod, a @classmethod, or an instance method called on an
object made with the class's constructor without arguments (a LeetCode-style `class Solution`). Every
required parameter gets an argument made from its use (a sorted list for a binary search, a list, a
string, an int); the size parameter grows, the others stay small.
Standard output: one JSON object per line: {"n": size, "seconds": time per call} each time a size is
measured (the caller shows progress from these and keeps each size's fastest), then {"done": true,
"function": ..., "kind": ..., "size": the parameter that grew, "parameters": [{"name", "kind"}]}
or {"error": "..."}.
"""

import ast
import io
import json
import math
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


def batch(func, arguments, mutates, reps):
    """CPU seconds per call of one batch of `reps` calls, on copies made beforehand (on the arguments
    themselves when the function leaves them as they were)."""
    copies = [fresh(arguments) if mutates else arguments for _ in range(reps)]
    start = time.thread_time()
    for c in copies:
        func(*c)
    return (time.thread_time() - start) / reps


def most_calls(collection, mutates, n):
    """At most this many calls per batch, so that the copies of a mutated collection stay in memory."""
    return max(1, 4000000 // n) if collection and mutates else 100000


class Point:
    """A measured size: its fastest time per call so far, and what a later visit needs."""

    def __init__(self, n, best, arguments, mutates, most):
        self.n, self.best, self.arguments, self.mutates, self.most = n, best, arguments, mutates, most


def measure(func, params, size_name, n, rng, per_point):
    """The fastest time per call at size n, repeating calls until the clock is trustworthy, and the
    CPU seconds its calls took.

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
    most = most_calls(collection, mutates, n)
    reps = 1
    best = None
    busy = 0.0
    point_start = time.perf_counter()
    while True:
        per_call = batch(func, arguments, mutates, reps)
        best = per_call if best is None else min(best, per_call)
        busy += per_call * reps
        spent = time.perf_counter() - point_start
        if per_call * reps >= per_point or spent >= 3 * per_point:
            break
        grow = 4 if per_call * reps * 4 < per_point else 2
        if reps * grow > most:
            break
        reps = min(reps * grow, 100000)
    return Point(n, best, arguments, mutates, most), busy


def measure_within(left, *arguments):
    """measure(*arguments), interrupted by CallTimeout when it would run past the `left` seconds."""
    signal.setitimer(signal.ITIMER_REAL, max(0.05, left))
    try:
        return measure(*arguments)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def refine(measured, func, rounds, deadline, rng, per_visit, real_stdout):
    """Visits every size again, `rounds` times in all, while the budget lasts, each round in a new
    order, with one batch of about `per_visit` CPU seconds per visit: a size's time is then its
    fastest of several visits spread over the series, so a collection, a cache's eviction or a
    neighbour's burst that slowed one visit leaves no mark, and no end of the series is favoured by
    when it was measured (a round the budget cuts short leaves random sizes with a visit fewer, not
    the large ones). Each visit's time is printed (the analyzer keeps each size's fastest)."""
    sys.stdout = io.StringIO()
    for _ in range(1, rounds):
        if len(measured) < 2:
            return
        order = list(range(len(measured)))
        rng.shuffle(order)
        for i in order:
            point = measured[i]
            reps = max(1, min(point.most, math.ceil(per_visit / max(point.best, 1e-9))))
            left = deadline - time.perf_counter()
            if 3 * reps * point.best + 0.05 > left:
                return
            signal.setitimer(signal.ITIMER_REAL, max(0.05, left))
            try:
                per_call = batch(func, point.arguments, point.mutates, reps)
            except Exception:
                return
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                sys.stdout = real_stdout
            point.best = min(point.best, per_call)
            emit({"n": point.n, "seconds": per_call})
            sys.stdout = io.StringIO()


def prepare(func, params, size_name, given, rng, deadline):
    """The second run's sizes (given with the first run's time per call), each with its arguments
    made and the function's effect on them probed by one call, while three such calls fit before the
    deadline. The given times size the rounds' batches; the rounds alone measure."""
    collection = any(name == size_name and kind != "int" for name, kind in params)
    points = []
    for n, expected in given:
        if time.perf_counter() + 3 * expected + 0.05 > deadline:
            break
        arguments = make_arguments(params, size_name, n, rng)
        probe = fresh(arguments)
        signal.setitimer(signal.ITIMER_REAL, max(0.05, deadline - time.perf_counter()))
        try:
            func(*probe)
        except Exception:
            break
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        mutates = probe != arguments
        points.append(Point(n, expected, arguments, mutates, most_calls(collection, mutates, n)))
    return points


def grow(measure_at, kind, budget, started, name, real_stdout):
    """The first run's pass: each size once, growing n until the budget says stop; printed as measured.
    None when the function raised at the first size (the error is printed)."""
    measured = []
    for n in sizes(kind):
        left = budget - (time.perf_counter() - started)
        if left <= 0.05:
            break
        try:
            point, busy = measure_at(n, left)
        except Exception as e:
            sys.stdout = real_stdout
            if not measured and not isinstance(e, (CallTimeout, RecursionError)):
                emit({"error": "%s() raised %s: %s" % (name, type(e).__name__, e)})
                return None
            break
        sys.stdout = real_stdout
        emit({"n": n, "seconds": point.best})
        sys.stdout = io.StringIO()
        measured.append(point)
        # A size whose calls took a large part of what is left ends the series (their CPU time: a
        # loaded machine that stalls a fast function's point must not end its series).
        if busy * 4 > budget - (time.perf_counter() - started):
            break
    return measured


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
    refine_until = min(budget, float(header.get("refine_until") or budget))
    rounds = int(header.get("rounds") or 5)
    measure_at = (lambda n, left: measure_within(left, func, params, size_name, n, rng, per_point))
    if isinstance(header.get("sizes"), list):
        # A second run (the analyzer's, when the first run's series left two classes close) is given
        # the sizes and their times per call: it only visits them again, in rounds, until its budget.
        given = [(int(n), float(t)) for n, t in header["sizes"] if int(n) > 0 and float(t) > 0]
        prepared = prepare(func, params, size_name, given, rng, started + budget)
        refine(prepared, func, rounds + 1, started + refine_until, rng, per_point / 4, real_stdout)
    else:
        measured = grow(measure_at, kind, budget, started, name, real_stdout)
        if measured is None:
            return
        refine(measured, func, rounds, started + refine_until, rng, per_point / 4, real_stdout)
    sys.stdout = real_stdout
    emit({"done": True, "function": name, "kind": kind, "size": size_name,
          "parameters": [{"name": p, "kind": k} for p, k in params]})


if __name__ == "__main__":
    sys.setrecursionlimit(100000)
    main()
