"""Passes of a loop counted by the counter of a loop around it, for the static analyzer
(static_analyzer.py): harmonic sums, counts by a loop's exit, scales of a value, logarithmic while
loops, collections grown through setdefault. Each function takes the analyzer as `an`.
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "doubled_up_to_a_limit" not in globals():
    from rules_amortized import doubled_up_to_a_limit
    from rules_idioms import always_exits, exit_counter_steps, exits_after_chain
    from analyzer_cost import cdiv, log_of
    from analyzer_syntax import base_name, call_name, names_in, target_names


# Steps by the counter of a loop around (harmonic sums): a loop that runs from about 0 to M in steps
# of i, once for each value i = 1, 2, ..., K of an outer counter, runs M/1 + M/2 + ... + M/K =
# M log K times in all, not M times K.

def counter_of_loop_around(an, name):
    """How many values the counter `name` of a loop around takes: the target of a `for` over a
    range, or a while loop's counter raised by a positive constant (i += 1 under while i * i <= n).
    None when `name` is no such counter (or an inner loop rebinds it)."""
    for loop, assigned in reversed(an.enclosing_loops):
        if isinstance(loop, ast.For):
            if isinstance(loop.target, ast.Name) and loop.target.id == name:
                if name in assigned or not (isinstance(loop.iter, ast.Call) and call_name(loop.iter) == "range"):
                    return None
                return an.loop_iters.get(id(loop))
        elif isinstance(loop, ast.While) and name in names_in(loop.test):
            raises = [s for s in ast.walk(ast.Module(body=loop.body, type_ignores=[]))
                      if isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name) and s.target.id == name]
            if name in assigned or not raises or not all(
                    isinstance(s.op, ast.Add) and isinstance(s.value, ast.Constant)
                    and type(s.value.value) is int and s.value.value > 0 for s in raises):
                return None
            return an.loop_iters.get(id(loop))
        if name in assigned:
            return None
    return None


def harmonic_share(an, step, limit):
    """The iterations of one run of a loop stepping by the counter `step` of a loop around up to a
    limit of magnitude `limit`: the harmonic total, limit * log, shared out over the runs."""
    if not isinstance(step, ast.Name) or limit.is_const():
        return None
    runs = counter_of_loop_around(an, step.id)
    if runs is None or runs.is_const():
        return None
    return cdiv(limit * log_of(limit), runs)


def harmonic_while(an, st, updates, bound):
    """while j <= n: j += i, with i the counter of a loop around: every counter of the condition
    that the loop changes is only raised by that outer counter."""
    changed = [name for name in names_in(st.test) if name in updates]
    if not changed or bound.is_const():
        return None
    share = None
    for name in changed:
        for kind, op, value in updates[name]:
            if not (kind == "aug" and isinstance(op, ast.Add) and isinstance(value, ast.Name)
                    and value.id not in updates):
                return None
            share = harmonic_share(an, value, bound)
            if share is None:
                return None
    return share, "harmonic"


def harmonic_stop(an, stop):
    """range(1, n // i + 1) with i the counter of a loop around: n / i passes, n log n over all i."""
    while isinstance(stop, ast.BinOp) and isinstance(stop.op, (ast.Add, ast.Sub)) \
            and isinstance(stop.right, ast.Constant):
        stop = stop.left
    if isinstance(stop, ast.BinOp) and isinstance(stop.op, (ast.FloorDiv, ast.Div)):
        return harmonic_share(an, stop.right, an.magnitude(stop.left))
    return None


def harmonic_product(an, st, updates):
    """while i * k <= n: k += 1, with i the counter of a loop around: k stops at n / i."""
    test = st.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], (ast.Lt, ast.LtE))):
        return None
    prod, limit = test.left, test.comparators[0]
    if not (isinstance(prod, ast.BinOp) and isinstance(prod.op, ast.Mult)
            and all(isinstance(x, ast.Name) for x in (prod.left, prod.right))) or names_in(limit) & set(updates):
        return None
    for counter, outer in ((prod.left, prod.right), (prod.right, prod.left)):
        ups = updates.get(counter.id, [])
        if ups and outer.id not in updates and all(
                k == "aug" and isinstance(o, ast.Add) and isinstance(v, ast.Constant) for k, o, v in ups):
            share = harmonic_share(an, outer, an.magnitude(limit))
            if share is not None:
                return share, "harmonic"
    return None


def count_by_exit(an, st):
    """while True: if n <= 1: break ... n //= 2 -- a loop whose exit is a test at the top level of
    its body runs as `while not test` would: when that halves, doubles or searches, the loop does
    too, rather than walking the input once until some break. None otherwise."""
    for k, sub in enumerate(st.body):
        chain = exits_after_chain(sub)
        if isinstance(sub, ast.If) and sub.body and sub.orelse and always_exits(sub.orelse) \
                and not always_exits(sub.body):
            # if (n % 3 == 0) { n /= 3; } else break; -- the loop goes on while the test holds.
            loop = ast.While(test=sub.test, body=st.body[:k] + sub.body + st.body[k + 1:], orelse=[])
        elif chain:
            # if (a) hi = mid - 1; else if (b) lo = mid + 1; else return mid; -- while a or b holds.
            loop = ast.While(test=chain[0], body=st.body[:k] + [chain[1]] + st.body[k + 1:], orelse=[])
        elif not (isinstance(sub, ast.If) and not sub.orelse and sub.body
                  and always_exits(sub.body)):  # `if (x >= n) return k;` leaves too
            continue
        else:
            rest = st.body[:k] + st.body[k + 1:]
            if not rest:
                continue
            loop = ast.While(test=ast.UnaryOp(op=ast.Not(), operand=sub.test), body=rest, orelse=[])
        ast.copy_location(loop, st)
        noted = len(an.uncertain)
        iters, note = an.while_iterations(loop)
        del an.uncertain[noted:]
        if note in ("halving", "doubling", "binary search", "harmonic", "halving/doubling over a constant",
                    "Euclid's algorithm", "scan past a digit sum"):
            return iters, note
        if note == "linear" and exit_counter_steps(sub.test, loop.body):
            return iters, "counter to its exit"
    return None


def scale_of(value, name):
    """The factor by which `name = value` scales the name, when value is a sum of multiples of it and
    of terms that stay bounded: n // 2 + n % 2 is a half, n - n // 2 a half, 2 * x + 1 a double,
    x + x a double. A divisor or factor that is another name counts as 2 (x // k, x * k + 1), as
    x //= k and x *= k already do. None when anything else enters (another name added, a call)."""
    def walk(e):
        if isinstance(e, ast.Constant) and type(e.value) in (int, float):
            return 0.0
        if isinstance(e, ast.Name):
            return 1.0 if e.id == name else None
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
            inner = walk(e.operand)
            return None if inner is None else -inner
        if not isinstance(e, ast.BinOp):
            return None
        if isinstance(e.op, ast.Mod):
            return 0.0 if name not in names_in(e.right) else None  # n % 2 stays below 2
        right = e.right
        k = right.value if isinstance(right, ast.Constant) and type(right.value) in (int, float) else (
            2 if isinstance(right, ast.Name) and right.id != name else None)
        if isinstance(e.op, (ast.FloorDiv, ast.Div, ast.RShift, ast.Mult, ast.LShift)):
            left = walk(e.left)
            if isinstance(e.op, ast.Mult) and k is None:
                # 2 * x: the constant on the left
                k = e.left.value if isinstance(e.left, ast.Constant) and type(e.left.value) in (int, float) else (
                    2 if isinstance(e.left, ast.Name) and e.left.id != name else None)
                left = walk(right)
            if left is None or k is None or k <= 0:
                return None
            if isinstance(e.op, ast.RShift):
                k = 2 ** k
            elif isinstance(e.op, ast.LShift):
                return left * 2 ** k
            return left * k if isinstance(e.op, ast.Mult) else left / k
        if isinstance(e.op, (ast.Add, ast.Sub)):
            a, b = walk(e.left), walk(e.right)
            if a is None or b is None:
                return None
            return a + b if isinstance(e.op, ast.Add) else a - b
        return None
    if name not in names_in(value):
        return None
    return walk(value)


def logarithmic_while(an, st):
    """How often a while loop runs when it halves or doubles its counter (while n: digits.append(n %
    10); n //= 10): what it collects holds log n items, not n. None for any other loop, whose count
    stays the environment's guess."""
    noted = len(an.uncertain)
    iters, note = an.while_iterations(st)
    del an.uncertain[noted:]  # a guess made while sizing collections is no finding about the loop
    if note in ("halving", "doubling", "binary search", "halving/doubling over a constant"):
        count_values_of_exponent(an, st, iters)
        doubled_up_to_a_limit(an, st)
        return iters
    return None


def setdefault_growth(an, call, loop_mag):
    """d.setdefault(k, []).append(v) in a loop: setdefault adds a key per pass as d[k] = v does, and
    the groups it hands out to append to make d a collection of collections."""
    inner = call.func.value if isinstance(call.func, ast.Attribute) else None
    target = inner if isinstance(inner, ast.Call) and call_name(inner) == "setdefault" else (
        call if call_name(call) == "setdefault" else None)
    if target is None or not isinstance(target.func, ast.Attribute) or not target.args:
        return
    d = base_name(target.func.value)
    if d is None:
        return
    if target is inner and call_name(call) in ("append", "add", "appendleft", "extend", "update"):
        an.nested.add(d)
    key = target.args[0]
    if loop_mag.is_const() or (isinstance(key, ast.Name) and key.id in an.char_names):
        return
    an.bump(d, an.growth(d, loop_mag))


def most_common_cost(an, obj, args, line):
    """Counter.most_common() sorts all its keys by count (n log n); most_common(k) keeps the k
    largest, linear while k is a constant and n log n when k can be as large as n."""
    om = an.magnitude(obj)
    if om.is_const() or (args and an.magnitude(args[0]).is_const()):
        return None
    return (om * log_of(om)).with_why("most_common() at line %d sorts the counts" % line)


def partitions_parameter(arg, p):
    """[x for x in a if x < pivot]: the items of the parameter on one side of a pivot. Calls on the
    sides of one pivot split the list between them, as a quicksort does (n log n expected)."""
    if not (isinstance(arg, ast.ListComp) and len(arg.generators) == 1 and p is not None):
        return False
    g = arg.generators[0]
    it = g.iter.value if isinstance(g.iter, ast.Subscript) and isinstance(g.iter.slice, ast.Slice) else g.iter
    if not (isinstance(it, ast.Name) and it.id == p and isinstance(g.target, ast.Name) and len(g.ifs) == 1):
        return False
    test = g.ifs[0]
    return isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(
        test.ops[0], (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) and g.target.id in names_in(test) and not (
        g.target.id in names_in(test.comparators[0]) and g.target.id in names_in(test.left))


def count_values_of_exponent(an, st, iters):
    """k = 0; while (1 << k) <= n: k += 1 -- a counter of the condition that a logarithmic loop only
    raises by a constant ends as large as the loop's count, log n: range(k) after it is log n
    passes, and 1 << k is n again (a sparse table's levels)."""
    if iters.is_const():
        return
    body = ast.Module(body=st.body, type_ignores=[])
    for name in names_in(st.test):
        ups = [x for x in ast.walk(body) if isinstance(x, (ast.Assign, ast.AugAssign))
               and name in [n for t in (x.targets if isinstance(x, ast.Assign) else [x.target])
                            for n in target_names(t)]]
        if ups and all(isinstance(x, ast.AugAssign) and isinstance(x.op, ast.Add)
                       and isinstance(x.value, ast.Constant) and type(x.value.value) is int for x in ups):
            an.bump(name, iters)
