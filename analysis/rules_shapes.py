"""Rules of the static analyzer for loop shapes the tenth round's probes found misread, shared by every
language (issue 15): loops whose work shrinks geometrically (n + n/2 + ... is O(n)), loops that leave on
their first pass, a `while True` left only through a flag an inner loop sets (Java's `break outer;`
lowers so), and a while window of constant width counted from where its counter was just set.

Kept apart from static_analyzer.py, which is long already; each function looks at the syntax tree (the
standard `ast` module) and, given the analyzer `an`, asks it what it already knows, so it serves every
language lowered into the same tree.
"""
import ast


def _names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _bound_by(target):
    """The names a target binds: x, or each name of a tuple (x, y); an item or attribute (a[i] = v)
    binds none, it changes what the name holds."""
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, (ast.Tuple, ast.List)):
        return set().union(*[_bound_by(e) for e in target.elts]) if target.elts else set()
    if isinstance(target, ast.Starred):
        return _bound_by(target.value)
    return set()


def _assigned_names(stmts):
    """Names bound anywhere in stmts (assignments, augmented assignments, loop targets)."""
    out = set()
    for st in stmts:
        for n in ast.walk(st):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(
                n, (ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension, ast.NamedExpr)) else []
            for t in targets:
                out |= _bound_by(t)
    return out


# ----------------------------------------------------------------------------------------------------
# Geometric sizes: a while loop that halves (or doubles) a quantity on every pass, and whose passes walk
# that quantity, costs its largest pass (m + m/2 + m/4 + ... < 2m), not that pass times log m.

def _constant_int(e):
    return isinstance(e, ast.Constant) and type(e.value) is int


def _halves_length(e, name):
    """An expression of about len(name) / k items, k >= 2: range(0, len(a), 2), range(len(a) // 2),
    a[::2] -- what a comprehension rebuilding `name` from its own items walks."""
    if isinstance(e, ast.Subscript) and isinstance(e.value, ast.Name) and e.value.id == name \
            and isinstance(e.slice, ast.Slice) and _constant_int(e.slice.step) and e.slice.step.value >= 2:
        return True
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "zip" and e.args:
        return all(_halves_length(a, name) for a in e.args)
    if not (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "range" and e.args):
        return False
    if len(e.args) == 3:
        return _len_of_name(e.args[1], name) and _constant_int(e.args[2]) and e.args[2].value >= 2
    return _divides_len(e.args[-1], name)


def _len_of_name(e, name):
    return isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "len" \
        and len(e.args) == 1 and isinstance(e.args[0], ast.Name) and e.args[0].id == name


def _divides_len(e, name):
    """len(a) // 2, (len(a) + 1) // 2, len(a) >> 1."""
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.FloorDiv, ast.RShift)) and _constant_int(e.right) \
            and e.right.value >= (1 if isinstance(e.op, ast.RShift) else 2):
        left = e.left
        if isinstance(left, ast.BinOp) and isinstance(left.op, ast.Add) and _constant_int(left.right):
            left = left.left
        return _len_of_name(left, name)
    return False


def halves_a_list(value, name):
    """a = [max(a[i], a[i + 1]) for i in range(0, len(a), 2)] -- the list rebuilt from pairs of its
    own items (a tournament's next round): it keeps half its items, so a loop while len(a) > 1 runs
    log n passes, as one halving a number does. Also the new list of half the length that Java's
    `long[] b = new long[(a.length + 1) / 2]; ...; a = b;` lowers to, [0] * ((len(a) + 1) // 2)."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult) and isinstance(value.left, ast.List):
        return _divides_len(value.right, name)
    return isinstance(value, (ast.ListComp, ast.GeneratorExp)) and len(value.generators) == 1 \
        and _halves_length(value.generators[0].iter, name)


def _halving_at_top(st, name):
    """Whether statement st, at the top level of a loop's body, halves `name` unconditionally:
    m //= 2, m >>= 1, m = m // 2 (or (m + 1) // 2), a = [... for i in range(0, len(a), 2)]."""
    if isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Name) and st.target.id == name:
        return isinstance(st.op, (ast.FloorDiv, ast.Div, ast.RShift)) and _constant_int(st.value) \
            and st.value.value >= (1 if isinstance(st.op, ast.RShift) else 2)
    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
            and st.targets[0].id == name:
        v = st.value
        if halves_a_list(v, name):
            return True
        return isinstance(v, ast.BinOp) and isinstance(v.op, (ast.FloorDiv, ast.RShift)) \
            and _constant_int(v.right) and v.right.value >= (1 if isinstance(v.op, ast.RShift) else 2) \
            and (_names(v.left) == {name}) and not any(isinstance(x, ast.Call) for x in ast.walk(v.left))
    return False


def _doubling_at_top(st, name):
    """Whether statement st, at the top level of a loop's body, doubles `name` unconditionally:
    m *= 2, m <<= 1, m = m * 2, m = 2 * m."""
    if isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Name) and st.target.id == name:
        return isinstance(st.op, (ast.Mult, ast.LShift)) and _constant_int(st.value) \
            and st.value.value >= (1 if isinstance(st.op, ast.LShift) else 2)
    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
            and st.targets[0].id == name and isinstance(st.value, (ast.BinOp)):
        v = st.value
        if isinstance(v.op, ast.Mult):
            return any(isinstance(a, ast.Name) and a.id == name and _constant_int(b) and b.value >= 2
                       for a, b in ((v.left, v.right), (v.right, v.left)))
        return isinstance(v.op, ast.LShift) and isinstance(v.left, ast.Name) and v.left.id == name \
            and _constant_int(v.right) and v.right.value >= 1
    return False


def growing_names(st):
    """The names a while loop doubles on every pass, at the top level of its body and nowhere else
    (m = 1; while m < n: for i in range(m): ...; m *= 2): the passes walk 1 + 2 + ... + m < 2m items,
    the last pass's cost, which the loop's bound gives."""
    out = set()
    for name in _names(st.test):
        if sum(_doubling_at_top(s, name) for s in st.body) == 1 \
                and sum(name in _assigned_names([s]) for s in st.body) == 1:
            out.add(name)
    return out


def shrinking_names(st):
    """The names a while loop halves on every pass, at the top level of its body and nowhere else,
    with the names the same pass derives from them alone (half = m // 2): the sizes its passes walk
    shrink geometrically. Empty when the loop halves nothing so."""
    halved = set()
    # m = half after half = m // 2 (b = [0] * (len(a) // 2) ... a = b): the temporary's value
    temps = {s.targets[0].id: s.value for s in st.body if isinstance(s, ast.Assign) and len(s.targets) == 1
             and isinstance(s.targets[0], ast.Name)}
    body = [ast.Assign(targets=s.targets, value=temps[s.value.id]) if isinstance(s, ast.Assign)
            and isinstance(s.value, ast.Name) and s.value.id in temps else s for s in st.body]
    for name in _names(st.test):
        tops = [s for s in body if _halving_at_top(s, name)]
        if len(tops) == 1 and sum(name in _assigned_names([s]) for s in st.body) == 1:
            halved.add(name)
    if not halved:
        return set()
    for s in st.body:
        if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) \
                and s.targets[0].id not in halved and _names(s.value) - {"len"} \
                and _names(s.value) - {"len"} <= halved:
            halved.add(s.targets[0].id)
    return halved


def _walks_shrinking(an, st, shrinking):
    """Whether a statement of the pass walks only the shrinking sizes: a for loop over a range whose
    bounds name nothing else (its body may do anything: it is done m times, then m/2 times, ...), the
    halving itself, or a statement with no loop whose expressions cost O(1)."""
    if isinstance(st, ast.For):
        it = st.iter
        return isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
            and it.args and _names(it) - {"range"} and _names(it) - {"range", "len"} <= shrinking
    if any(_halving_at_top(st, name) or _doubling_at_top(st, name) for name in shrinking):
        return True
    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
            and st.targets[0].id in shrinking and _names(st.value) - {"len"} <= shrinking:
        return True  # half = m // 2, b = [0] * (len(a) // 2), a = b: sized by what shrinks
    nodes = list(ast.walk(st))
    if any(isinstance(n, (ast.For, ast.While, ast.AsyncFor, ast.ListComp, ast.SetComp, ast.DictComp,
                          ast.GeneratorExp, ast.FunctionDef, ast.Lambda)) for n in nodes):
        return False
    exprs = [c for n in nodes if isinstance(n, ast.stmt) for c in ast.iter_child_nodes(n) if isinstance(c, ast.expr)]
    return all(an.expr_cost(e).is_const() for e in exprs)


def shrinks_geometrically(an, st, shrinking):
    """Whether every statement of the while loop's pass walks only sizes the loop halves: then the
    passes cost m + m/2 + m/4 + ... < 2m, the first pass's cost. A pass that also walks something the
    loop does not shrink (for i in range(n) while `step` halves) is n log n and keeps that reading."""
    return bool(shrinking) and all(_walks_shrinking(an, s, shrinking) for s in st.body)


# ----------------------------------------------------------------------------------------------------
# One pass: a loop whose body leaves it at its top level, with no continue that could start another
# pass first, runs its body once.

def _jumps_of_this_loop(stmts):
    """The break / continue statements of stmts that belong to the loop whose body stmts is (not to a
    loop nested in it)."""
    out = []
    for st in stmts:
        if isinstance(st, (ast.Break, ast.Continue)):
            out.append(st)
        elif isinstance(st, (ast.For, ast.While, ast.AsyncFor)):
            out.extend(_jumps_of_this_loop(st.orelse))
        elif not isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for field in ("body", "orelse", "finalbody", "handlers"):
                block = getattr(st, field, None)
                if isinstance(block, list):
                    out.extend(_jumps_of_this_loop(block))
    return out


def _exits_unconditionally(st):
    return isinstance(st, (ast.Break, ast.Return, ast.Raise))


def _sets_flag_and_leaves(loop, flag):
    """Whether the body of `loop` ends, at its top level, in `flag = True; break` (Java's `break outer;`
    as lowering.py writes it), with no continue of its own: its first pass sets the flag."""
    body = loop.body
    return len(body) >= 2 and isinstance(body[-1], ast.Break) and isinstance(body[-2], ast.Assign) \
        and len(body[-2].targets) == 1 and isinstance(body[-2].targets[0], ast.Name) \
        and body[-2].targets[0].id == flag and isinstance(body[-2].value, ast.Constant) \
        and body[-2].value.value is True \
        and not any(isinstance(j, ast.Continue) for j in _jumps_of_this_loop(body))


def runs_one_pass(loop):
    """for j in range(n): ...; break -- a loop that leaves on its first pass: a break, return or raise
    at the top level of its body, with no continue of its own that could start the next pass before
    it. Also the lowered `break outer;` written at the top level of an inner loop's body: the outer
    loop tests the flag right after that inner loop (`if _break_outer: break`), so it too stops in its
    first pass (assuming the inner loop makes a pass; Java code that writes such a jump does)."""
    body = loop.body
    if any(isinstance(j, ast.Continue) for j in _jumps_of_this_loop(body)):
        return False
    for k, st in enumerate(body):
        if _exits_unconditionally(st):
            return True
        if isinstance(st, ast.If) and not st.orelse and len(st.body) == 1 and isinstance(st.body[0], ast.Break) \
                and isinstance(st.test, ast.Name) and k > 0 \
                and isinstance(body[k - 1], (ast.For, ast.While)) and _sets_flag_and_leaves(body[k - 1], st.test.id):
            return True
    return False


# ----------------------------------------------------------------------------------------------------
# A `while True` left through a flag an inner loop sets: `found = True; break` under a test in an inner
# loop, then `if found: break` at the top level of the outer body. The outer loop goes on while that
# test fails, as if it stood at the top level itself.

def _flag_guards(stmts, flag, out):
    """The tests of the ifs, inside loops of stmts, whose body sets flag to True and breaks. False
    when the flag is set True any other way."""
    for st in stmts:
        for n in ast.walk(st):
            if isinstance(n, ast.If) and n.body and isinstance(n.body[-1], ast.Break) and any(
                    _sets_true(b, flag) for b in n.body[:-1]):
                out.append(n.test)
    sets = [n for st in stmts for n in ast.walk(st) if _sets_true(n, flag)]
    return len(sets) == len(out)


def _sets_true(n, flag):
    return isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
        and n.targets[0].id == flag and isinstance(n.value, ast.Constant) and n.value.value is True


def left_through_inner_flag(st):
    """while True: for ...: if x < 2: _break_outer = True; break ... if _break_outer: break; x //= 2 --
    the same loop with its exit `if x < 2: break` at the top level, for count_by_exit to count by that
    test (here halving: log n passes, not once over the input). None for any other loop."""
    if not (isinstance(st.test, ast.Constant) and st.test.value is True):
        return None
    for k, sub in enumerate(st.body):
        if not (isinstance(sub, ast.If) and not sub.orelse and len(sub.body) == 1
                and isinstance(sub.body[0], ast.Break) and isinstance(sub.test, ast.Name)):
            continue
        flag = sub.test.id
        inner = [s for s in st.body[:k] if isinstance(s, (ast.For, ast.While))]
        guards = []
        if not inner or not _flag_guards(inner, flag, guards) or not guards:
            continue
        if any(_sets_true(n, flag) for s in st.body if s not in inner for n in ast.walk(s)):
            continue
        test = guards[0] if len(guards) == 1 else ast.BoolOp(op=ast.Or(), values=guards)
        exit_if = ast.If(test=test, body=[ast.Break()], orelse=[])
        body = list(st.body[:k]) + [exit_if] + list(st.body[k + 1:])
        return ast.copy_location(ast.While(test=st.test, body=body, orelse=[]), st)
    return None


# ----------------------------------------------------------------------------------------------------
# A window from the counter's start: `j = i; while j < i + 3: ...; j += 1` runs three passes, whatever
# i is; the limit only looked like the outer counter's size.

def _statement_places(tree):
    out = {}
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list):
                for k, s in enumerate(block):
                    out[id(s)] = (block, k)
    return out


def _start_before(an, st, name):
    """The value `name` is set to by the nearest statement before the loop st in its own block, when
    no statement between changes it or that value's names; None otherwise."""
    blocks = getattr(an, "_shapes_blocks", None)
    if blocks is None:
        blocks = an._shapes_blocks = _statement_places(an.tree)
    if id(st) not in blocks:
        return None
    block, k = blocks[id(st)]
    for j in range(k - 1, -1, -1):
        s = block[j]
        if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) \
                and s.targets[0].id == name:
            if (_names(s.value) | {name}) & _assigned_names(block[j + 1:k]):
                return None
            return s.value
    return None


def _stepped_by_constant(body, name):
    """Whether the loop's body changes `name` only by adding or subtracting constants."""
    ups = [n for s in body for n in ast.walk(s) if (isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)
                                                    and n.target.id == name) or (isinstance(n, ast.Assign)
                                                    and name in _assigned_names([n]))]
    return bool(ups) and all(isinstance(u, ast.AugAssign) and isinstance(u.op, (ast.Add, ast.Sub))
                             and _constant_int(u.value) for u in ups)


def window_from_its_start(an, st):
    """j = i; while j < i + 3: ...; j += 1 -- a while loop whose test (or one part of a conjunction)
    holds its counter within a constant of the value it was set to right before the loop (j < i + 3,
    j <= i + 2, j > i - 3, j - i < 3), the counter stepped by constants and the limit's names unchanged by the
    loop: a constant number of passes. A two-pointer loop (j set once before the outer loop, its
    limit n) has no such start and stays amortized."""
    test = st.test
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    changed = _assigned_names(st.body)
    for p in parts:
        if not (isinstance(p, ast.Compare) and len(p.ops) == 1
                and isinstance(p.ops[0], (ast.Lt, ast.LtE, ast.Gt, ast.GtE))):
            continue
        for counter, limit in _counter_and_limit(p.left, p.comparators[0]):
            if not isinstance(counter, ast.Name) or _names(limit) & changed or counter.id in _names(limit):
                continue
            if not _stepped_by_constant(st.body, counter.id):
                continue
            start = _start_before(an, st, counter.id)
            if start is not None and not _constant_expr(start) and an.differ_by_constant(start, limit):
                return True
    return False


def _counter_and_limit(left, right):
    """The (counter, limit) readings of the two sides of a comparison: j < i + 3 either way round,
    and j - i < 3 read as j < i + 3 (the counter's distance from its start)."""
    out = [(left, right), (right, left)]
    for a, b in ((left, right), (right, left)):
        if isinstance(a, ast.BinOp) and isinstance(a.op, ast.Sub) and isinstance(a.left, ast.Name) \
                and _constant_int(b):
            out.append((a.left, ast.BinOp(left=a.right, op=ast.Add(), right=b)))
    return out


def _constant_expr(e):
    return all(isinstance(n, (ast.Constant, ast.BinOp, ast.UnaryOp, ast.operator, ast.unaryop))
               for n in ast.walk(e))
