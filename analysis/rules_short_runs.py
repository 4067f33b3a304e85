"""Rules about loops and recursions that run far fewer times than their bounds suggest, found by the
eleventh round's probes of logarithmic programs (issue 15): a scan that starts at a bound and stops as
soon as the counter minus its digit sum reaches it (at most a few times the number's digit count), a
for loop left by a test whose own count is logarithmic (`for i in range(1, n + 1): if 2 ** i > n:
break`), a self-call that reflects one argument (`f(a, b, a + b - t)`, which cannot recurse twice),
and a range capped at a constant distance from its start whatever is added to the cap.

Kept apart from static_analyzer.py, which is long already; the analyzer calls these from the places
that count a for loop, a while loop and a recursion. Each function looks at the syntax tree only (the
standard `ast` module), so it serves every language lowered into the same tree.
"""
import ast
import copy


def _names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _int_constant(e):
    return isinstance(e, ast.Constant) and type(e.value) is int


def without_offset(e):
    """min(n, x + 200) + 1 -> min(n, x + 200): a bound with a constant added or taken off. Java's
    `x <= Math.min(n, s + 200)` lowers to range(s, min(n, s + 200) + 1), which stops within 201 steps
    of s as range(s, min(n, s + 200)) does."""
    while isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Sub)) and _int_constant(e.right):
        e = e.left
    return e


def capped_end(e, tree, bound_once):
    """without_offset(e), seen through a name the program binds once (end = min(n, s + 180); for i in
    range(s, end + 1)): the cap that name stands for. `bound_once(tree, name)` is that single value
    or None (rules_middle.py); the answers are kept on the tree, as ranges are sized often."""
    e = without_offset(e)
    if isinstance(e, ast.Name):
        cache = tree.__dict__.setdefault("short_runs_bound_once", {})
        if e.id not in cache:
            cache[e.id] = bound_once(tree, e.id)
        if cache[e.id] is not None:
            return without_offset(cache[e.id])
    return e


# ----------------------------------------------------------------------------------------------------
# Digit sums: a value at most a constant times the number of digits of the number it is taken of.

_TEXT_CALLS = ("str", "repr", "bin", "oct", "hex", "format")


def _text_of(e, name):
    """str(x), bin(x), format(x, 'b'), list(str(x)): the text of the number held in `name`."""
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.args:
        if e.func.id in _TEXT_CALLS:
            return isinstance(e.args[0], ast.Name) and e.args[0].id == name
        if e.func.id in ("list", "reversed") and len(e.args) == 1:
            return _text_of(e.args[0], name)
    return False


def _bounded_term(e, chars):
    """One digit or character of a number's text: x % 10, int(c), ord(c) - 48, t[i] - '0' (a Java
    `t.charAt(i) - '0'`), a constant. Its value stays below a constant however large the number."""
    if isinstance(e, ast.Constant):
        return type(e.value) in (int, float) or (isinstance(e.value, str) and len(e.value) <= 1)
    if isinstance(e, ast.Name):
        return e.id in chars
    if isinstance(e, ast.Subscript):
        return not isinstance(e.slice, ast.Slice)
    if isinstance(e, ast.BinOp):
        if isinstance(e.op, ast.Mod):
            return _int_constant(e.right)
        if isinstance(e.op, (ast.Add, ast.Sub)):
            return _bounded_term(e.left, chars) and _bounded_term(e.right, chars)
        return False
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in ("int", "ord", "abs") \
            and len(e.args) == 1:
        return _bounded_term(e.args[0], chars)
    return False


def _sum_over_text(e, name):
    """sum(map(int, str(x))), sum(int(c) for c in str(x)), sum([int(d) for d in str(x)])."""
    if not (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "sum" and len(e.args) == 1):
        return False
    arg = e.args[0]
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "map" \
            and len(arg.args) == 2 and isinstance(arg.args[0], ast.Name) and arg.args[0].id in ("int", "ord"):
        return _text_of(arg.args[1], name)
    if isinstance(arg, (ast.GeneratorExp, ast.ListComp)) and len(arg.generators) == 1:
        gen = arg.generators[0]
        return isinstance(gen.target, ast.Name) and _text_of(gen.iter, name) \
            and _bounded_term(arg.elt, {gen.target.id})
    return False


def _over_digits(loop, p, text):
    """Whether a loop of function f runs once per digit of its parameter p: `while p > 0: ... p //=
    10` on a number, `for c in p` or `for i in range(len(p))` on a text (when f is handed the
    number's text), or `for c in str(p)`."""
    if isinstance(loop, ast.While):
        if p not in _names(loop.test):
            return False
        for sub in ast.walk(loop):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name) and sub.target.id == p:
                if not (isinstance(sub.op, (ast.FloorDiv, ast.Div)) and _int_constant(sub.value)
                        and sub.value.value >= 2):
                    return False
            elif isinstance(sub, ast.Assign) and p in {t.id for t in sub.targets if isinstance(t, ast.Name)}:
                v = sub.value
                if not (isinstance(v, ast.BinOp) and isinstance(v.op, (ast.FloorDiv, ast.Div))
                        and isinstance(v.left, ast.Name) and v.left.id == p and _int_constant(v.right)
                        and v.right.value >= 2):
                    return False
        return any(isinstance(sub, (ast.AugAssign, ast.Assign)) and p in _names(
            sub.target if isinstance(sub, ast.AugAssign) else ast.Tuple(elts=sub.targets)) for sub in ast.walk(loop))
    it = loop.iter
    if _text_of(it, p):
        return True
    if not text:
        return False
    if isinstance(it, ast.Name):
        return it.id == p
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and it.args:
        end = it.args[-1] if len(it.args) <= 2 else it.args[1]
        return isinstance(end, ast.Call) and isinstance(end.func, ast.Name) and end.func.id == "len" \
            and len(end.args) == 1 and isinstance(end.args[0], ast.Name) and end.args[0].id == p
    return False


def _sums_its_digits(f, index, text):
    """def ds(x): r = 0; while x > 0: r += x % 10; x //= 10; return r -- whether f returns a sum of
    one bounded term per digit of its parameter number `index` (per character when it is handed the
    number's text: `c += t.charAt(i); ... return c - t.length() * 48`). Such a sum is at most a
    constant times the digit count, O(log x)."""
    params = [a.arg for a in f.args.args]
    if index >= len(params):
        return False
    p = params[index]
    sums, others = set(), set()
    for loop in ast.walk(f):
        if not isinstance(loop, (ast.While, ast.For)) or not _over_digits(loop, p, text):
            continue
        chars = {loop.target.id} if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) else set()
        for sub in ast.walk(loop):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name) and sub.target.id != p \
                    and isinstance(sub.op, ast.Add) and _bounded_term(sub.value, chars):
                sums.add(sub.target.id)
    for sub in ast.walk(f):
        if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name) and sub.target.id in sums:
            if not (isinstance(sub.op, ast.Add) and any(
                    isinstance(loop, (ast.While, ast.For)) and _over_digits(loop, p, text)
                    and sub in ast.walk(loop) for loop in ast.walk(f))):
                others.add(sub.target.id)
        elif isinstance(sub, ast.Assign):
            for t in sub.targets:
                for name in _names(t) & sums:
                    if not (isinstance(sub.value, ast.Constant) and type(sub.value.value) is int):
                        others.add(name)
    sums -= others
    returns = [r.value for r in ast.walk(f) if isinstance(r, ast.Return)]
    return bool(sums) and bool(returns) and all(
        r is not None and _names(r) & sums and _sum_less_length(r, sums, p) for r in returns)


def _sum_less_length(e, sums, p):
    """r, or c - len(t) * 48: the digit sum, less what a count of characters takes off."""
    if isinstance(e, ast.Name):
        return e.id in sums
    if isinstance(e, ast.Constant):
        return type(e.value) in (int, float)
    if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Add):
        return _sum_less_length(e.left, sums, p) and _sum_less_length(e.right, sums, p)
    if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Sub):
        return _sum_less_length(e.left, sums, p) and _names(e.right) <= {p, "len"}
    return False


def _returns_text_sum(f, index):
    """def dsum(x): return sum(int(c) for c in str(x)) -- f returns the digit sum of its parameter
    number `index`, written out over its text."""
    params = [a.arg for a in f.args.args]
    returns = [r.value for r in ast.walk(f) if isinstance(r, ast.Return)]
    return index < len(params) and bool(returns) and all(
        r is not None and _sum_over_text(r, params[index]) for r in returns)


def _through_temporaries(e, body):
    """e with the names the loop body binds once, at its top level, to a value that does not name
    them, replaced by that value: `digits = [int(c) for c in str(x)]; if x - sum(digits) >= s:`."""
    once = {}
    for st in body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
            name = st.targets[0].id
            once[name] = None if name in once or name in _names(st.value) else st.value
    for sub in ast.walk(ast.Module(body=list(body), type_ignores=[])):
        if isinstance(sub, (ast.AugAssign, ast.AnnAssign, ast.For, ast.NamedExpr)) or (
                isinstance(sub, ast.Assign) and sub not in body):
            for name in _names(ast.Tuple(elts=sub.targets) if isinstance(sub, ast.Assign) else sub.target):
                once[name] = None  # bound again elsewhere in the body (d = 0; ... d += t % 10)

    class Inline(ast.NodeTransformer):
        def visit_Name(self, node):
            return once.get(node.id) or node
    return Inline().visit(copy.deepcopy(e)) if any(once.values()) else e


def digit_sum_of(e, name, funcs):
    """Whether e is the sum of the digits of the number held in `name`: written out over its text,
    or a call of a function of the program that sums the digits of what it is handed (the number or
    its text)."""
    if _sum_over_text(e, name):
        return True
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "sum" and len(e.args) == 1:
        # sum(digits_of(x)) with def digits_of(v): return [int(c) for c in str(v)]
        inner = e.args[0]
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id in funcs:
            f = funcs[inner.func.id]
            params = [a.arg for a in f.args.args]
            returns = [r.value for r in ast.walk(f) if isinstance(r, ast.Return)]
            return any(isinstance(a, ast.Name) and a.id == name and k < len(params) and returns and all(
                r is not None and _sum_over_text(ast.Call(func=ast.Name(id="sum"), args=[r], keywords=[]), params[k])
                for r in returns) for k, a in enumerate(inner.args))
    if not (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in funcs):
        return False
    for k, arg in enumerate(e.args):
        if isinstance(arg, ast.Name) and arg.id == name:
            return _sums_its_digits(funcs[e.func.id], k, False) or _returns_text_sum(funcs[e.func.id], k)
        if _text_of(arg, name):
            return _sums_its_digits(funcs[e.func.id], k, True)
    return False


def _summed_in_body(total, counter, body):
    """t = x; d = 0; while t > 0: d += t % 10; t //= 10 -- whether the loop body sums the digits of
    its counter into `total` itself, through a copy of the counter, as a digit-sum function would."""
    for st in body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                and isinstance(st.value, ast.Name) and st.value.id == counter:
            copy_name = st.targets[0].id
            digits = ast.FunctionDef(name="_", args=ast.arguments(
                posonlyargs=[], args=[ast.arg(arg=copy_name)], kwonlyargs=[], kw_defaults=[], defaults=[]),
                body=[x for x in body if isinstance(x, (ast.While, ast.For)) or (
                    isinstance(x, ast.Assign) and total in _names(ast.Tuple(elts=x.targets)))]
                + [ast.Return(value=ast.Name(id=total))], decorator_list=[])
            if _sums_its_digits(digits, 0, False):
                return True
    return False


def _less_its_digit_sum(e, counter, funcs, body=()):
    """i - ds(i), or f(i) with def f(x): return x - ds(x), or i - d with d the digit sum the loop's
    `body` adds up itself."""
    if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Sub) and isinstance(e.left, ast.Name) \
            and e.left.id == counter:
        if isinstance(e.right, ast.Name) and _summed_in_body(e.right.id, counter, body):
            return True
        return digit_sum_of(e.right, counter, funcs)
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in funcs:
        f = funcs[e.func.id]
        params = [a.arg for a in f.args.args]
        returns = [r.value for r in ast.walk(f) if isinstance(r, ast.Return)]
        for k, arg in enumerate(e.args):
            if isinstance(arg, ast.Name) and arg.id == counter and k < len(params) and returns \
                    and not _short_run_binds(f, params[k]):
                # def f(x): s = 0; y = x; while y > 0: ...; return x - s (x itself left as handed)
                return all(isinstance(r, ast.BinOp) and _less_its_digit_sum(r, params[k], funcs, f.body)
                           for r in returns)
    return False


def _short_run_binds(f, name):
    """Whether function f assigns `name` anywhere."""
    return any(isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For, ast.NamedExpr)) and name in _names(
        ast.Tuple(elts=sub.targets) if isinstance(sub, ast.Assign) else sub.target) for sub in ast.walk(f))


def _goes_on_while_below(test):
    """(smaller, larger) pairs the test requires to stay in order: `a < b`, `b > a`, `not a >= b`,
    and each part of a conjunction (the loop stops once any part fails)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return [pair for v in test.values for pair in _goes_on_while_below(v)]
    negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    cmp = test.operand if negated else test
    if not (isinstance(cmp, ast.Compare) and len(cmp.ops) == 1):
        return []
    a, b, op = cmp.left, cmp.comparators[0], cmp.ops[0]
    below = isinstance(op, (ast.Lt, ast.LtE))
    above = isinstance(op, (ast.Gt, ast.GtE))
    if (below and not negated) or (above and negated):
        return [(a, b)]
    if (above and not negated) or (below and negated):
        return [(b, a)]
    return []


def value_before(tree, loop, name):
    """The value `name` is bound to by the last statement binding it before `loop` in the loop's own
    block (i = (s // 10 + 1) * 10 ... while ...), None when another kind of statement binds it last
    or there is none. A loop made up from a for loop carries its counter's first value itself."""
    made = getattr(loop, "first_values", None)
    if made is not None:
        return made.get(name)
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            # A loop made up from another (`while True: ... if t: break` read as `while not t`) stands
            # where that one does.
            at = [k for k, st in enumerate(block) if st is loop or (
                isinstance(st, ast.While) and (st.lineno, st.col_offset) == (loop.lineno, loop.col_offset))]
            if at:
                for st in reversed(block[:at[0]]):
                    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                            and st.targets[0].id == name:
                        return st.value
                    if any(isinstance(x, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and name in _names(
                            x.target if not isinstance(x, ast.Assign) else ast.Tuple(elts=x.targets))
                            for x in ast.walk(st)):
                        return None
                return None
    return None


def scans_past_a_digit_sum(tree, loop, updates, funcs, scale_of):
    """i = s; while i - ds(i) < s: i += 1 -- and `for x in range(s, n + 1): if x - ds(x) >= s:
    break`, `while (!(cur - digitSum(cur + "") >= s)) cur += 10`: a counter that starts at the bound
    s (or within a constant of it, (s / 10 + 1) * 10) and only steps up by a constant runs until it
    minus its digit sum reaches s. The digit sum of a number x is at most 9 times its digit count,
    so the loop stops within O(log x) steps of s, not after s of them. The bound's node, else None.
    `updates` maps each name the loop assigns to its (kind, operator, value) updates; `scale_of` is
    the analyzer's factor by which an expression scales a name ((s // 10 + 1) * 10 scales s by 1)."""
    for smaller, larger in _goes_on_while_below(loop.test):
        counters = [c for c in _names(smaller) if c in updates and all(
            kind == "aug" and isinstance(op, ast.Add) and _int_constant(v) and v.value > 0
            for kind, op, v in updates[c])]
        if len(counters) != 1 or not isinstance(larger, ast.Name) or larger.id in updates:
            continue
        counter = counters[0]
        if not _less_its_digit_sum(_through_temporaries(smaller, loop.body), counter, funcs, loop.body):
            continue
        start = value_before(tree, loop, counter)
        if start is None or not _names(start) <= {larger.id}:
            continue
        scale = scale_of(start, larger.id) if larger.id in _names(start) else None
        if scale is not None and abs(scale - 1) < 1e-9:
            return larger
    return None


# ----------------------------------------------------------------------------------------------------
# A for loop left by an exit test.

def for_as_while(st, always_exits):
    """for i in range(a, b, c): ...; if T: ...; break -- the while loops `while not T: ...; i += c`
    (each carrying i's first value a) that stop where the for loop leaves, one per exit test at the
    top level of its body. The for loop runs no longer than any of them; empty when the loop is not
    a for over a range stepping up by a constant, or its counter is assigned in the body.
    `always_exits(block)` says whether a block always leaves the loop (rules_idioms.py)."""
    it = st.iter
    if not (isinstance(st.target, ast.Name) and isinstance(it, ast.Call) and isinstance(it.func, ast.Name)
            and it.func.id == "range" and 1 <= len(it.args) <= 3 and not it.keywords):
        return []
    step = it.args[2] if len(it.args) == 3 else ast.Constant(value=1)
    if not (_int_constant(step) and step.value > 0):
        return []
    counter = st.target.id
    for sub in ast.walk(ast.Module(body=st.body, type_ignores=[])):
        if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For)) and counter in _names(
                sub.target if not isinstance(sub, ast.Assign) else ast.Tuple(elts=sub.targets)):
            return []
    start = it.args[0] if len(it.args) >= 2 else ast.Constant(value=0)
    loops = []
    for k, sub in enumerate(st.body):
        if isinstance(sub, ast.If) and not sub.orelse and always_exits(sub.body) \
                and _carried_across_passes(sub.test, counter, st.body):
            rest = st.body[:k] + st.body[k + 1:]
            step_up = ast.AugAssign(target=ast.Name(id=counter, ctx=ast.Store()), op=ast.Add(), value=step)
            loop = ast.While(test=ast.UnaryOp(op=ast.Not(), operand=sub.test), body=rest + [step_up], orelse=[])
            ast.copy_location(loop, st)
            ast.fix_missing_locations(loop)
            loop.first_values = {counter: start}
            loops.append(loop)
        if any(isinstance(x, (ast.Continue, ast.Break)) for x in ast.walk(sub)) \
                and not isinstance(sub, (ast.For, ast.While)):
            break  # an exit test after a `continue` is not reached on every pass
    return loops


def _carried_across_passes(test, counter, body):
    """Whether an exit test changes from pass to pass only through the counter and values the body
    steps from their last pass (x //= 2), as a while loop's test does: it names the counter or such a
    value, and no name the body binds afresh (x = int(input()), aa = a + bb // 60 recomputed each
    pass: then the test is about that pass's values, and a `%=` on one of them says nothing of how
    long the loop runs)."""
    bound, stepped = set(), set()
    for sub in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(sub, ast.AugAssign):
            stepped |= _names(sub.target)
        elif isinstance(sub, (ast.Assign, ast.AnnAssign, ast.For, ast.NamedExpr)):
            bound |= _names(ast.Tuple(elts=sub.targets) if isinstance(sub, ast.Assign) else sub.target)
    named = _names(test)
    return not named & bound and bool(named & ({counter} | stepped))


def left_by_exit_test(an, st, iters, always_exits):
    """for i in range(1, n + 1): if 2 ** i > n: break -- a for loop runs no longer than the while loop
    one of its exit tests makes (for_as_while): when the analyzer `an` counts that loop as halving,
    doubling or a scan past a digit sum, and below the range's own count `iters`, that count. While
    counting, the counter is as large as its first value, as a while loop's counter would be (the
    range's end does not bound it there: the test does)."""
    for loop in for_as_while(st, always_exits):
        counter = st.target.id
        saved = an.mag.get(counter)
        an.mag[counter] = an.magnitude(loop.first_values[counter])
        noted = len(an.uncertain)
        count, note = an.while_iterations(loop)
        del an.uncertain[noted:]  # a guess about a loop made up here is no finding about the program
        if saved is None:
            del an.mag[counter]
        else:
            an.mag[counter] = saved
        if note == "doubling" and not any(isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE))
                                          for c in ast.walk(loop.test) if isinstance(c, ast.Compare) for op in c.ops):
            continue  # 2 ** i % m == t: a power met by an equality may never be, unlike one passing n
        if note in ("halving", "doubling", "scan past a digit sum") and count.key() < iters.key():
            iters = count
    return iters


# ----------------------------------------------------------------------------------------------------
# A self-call that reflects one argument.

def _reflection_coefficient(e, p, fixed):
    """The coefficient of p in e when e is a sum of p, names of `fixed`, constants and products or
    min/max of fixed names; None when anything else enters."""
    if isinstance(e, ast.Name):
        return 1 if e.id == p else 0 if e.id in fixed else None
    if isinstance(e, ast.Constant):
        return 0 if type(e.value) in (int, float) else None
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
        c = _reflection_coefficient(e.operand, p, fixed)
        return None if c is None else -c
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Sub)):
        a, b = _reflection_coefficient(e.left, p, fixed), _reflection_coefficient(e.right, p, fixed)
        if a is None or b is None:
            return None
        return a + b if isinstance(e.op, ast.Add) else a - b
    if isinstance(e, (ast.BinOp, ast.Call)) and p not in _names(e):
        if isinstance(e, ast.Call) and not (isinstance(e.func, ast.Name) and e.func.id in ("min", "max", "abs")):
            return None
        parts = [e.left, e.right] if isinstance(e, ast.BinOp) else e.args
        return 0 if all(_reflection_coefficient(x, p, fixed) == 0 for x in parts) else None
    return None


def reflects_back(f, params, calls):
    """def tri(a, b, t): ... if t > max(a, b): return a * b - tri(a, b, a + b - 1 - t) -- every
    self-call passes the parameters unchanged but one, t, which it reflects: E - t with E made of the
    unchanged parameters and constants. Reflecting twice gives t back, so a call made from the
    reflected call would repeat the first call's arguments exactly and never end; a program that
    ends therefore recurses at most once in a row, whatever the arguments' size. All the calls must
    apply the same reflection (two different ones would compose to a shift), and the function must
    not reassign its parameters (the call then reflects another value)."""
    assigned = set()
    for sub in ast.walk(f):
        if isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            for t in (sub.targets if isinstance(sub, ast.Assign) else [sub.target]):
                assigned |= _names(t)
    if not calls or assigned & set(params):
        return False
    seen = None
    for call in calls:
        if call.keywords or len(call.args) != len(params):
            return False
        changed = [(k, arg) for k, arg in enumerate(call.args)
                   if not (isinstance(arg, ast.Name) and arg.id == params[k])]
        if len(changed) != 1:
            return False
        k, arg = changed[0]
        fixed = set(params) - {params[k]}
        if _reflection_coefficient(arg, params[k], fixed) != -1:
            return False
        if seen is not None and seen != (k, ast.dump(arg)):
            return False
        seen = (k, ast.dump(arg))
    return True
