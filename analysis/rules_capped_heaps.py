"""Rules of the static analyzer about heaps whose size the program caps at a number it writes
(issue 15, ninth round): `heappush(h, x); if len(h) > 3: heappop(h)` keeps the three largest items,
so every operation on h costs O(1), not log n. A cap read from the input (`len(h) > k`) keeps
the log: n log k. The same caps hold a plain list small (appended to only below the cap, trimmed
with remove or cut back to a short slice after each append; eleventh round). They read the syntax
tree only, so this file can come first in the bundled script."""

import ast

_PUSHES = ("heappush", "append", "insort", "insort_left", "insort_right")
_KEEPS = ("heappushpop", "heapreplace")
_POPS = ("heappop", "pop", "remove")  # best.remove(min(best)): one item out, as a pop


def _call_name(node):
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _heap_of(call):
    """The name a heap call works on: heappush(h, x) or h.append(x)."""
    name = _call_name(call)
    if name in ("append", "pop", "remove") and isinstance(call.func, ast.Attribute):
        v = call.func.value
        return v.id if isinstance(v, ast.Name) else None
    if call.args and isinstance(call.args[0], ast.Name):
        return call.args[0].id
    return None


def _constants(tree):
    """Names bound once in the whole program, to an int the program writes (K = 10)."""
    binds = {}
    for n in ast.walk(tree):
        if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            for t in targets:
                for x in ast.walk(t):
                    if isinstance(x, ast.Name):
                        binds.setdefault(x.id, []).append(n)
        elif isinstance(n, (ast.For, ast.comprehension)):
            for x in ast.walk(n.target):
                if isinstance(x, ast.Name):
                    binds.setdefault(x.id, []).append(n)
    out = set()
    for name, sts in binds.items():
        if len(sts) == 1 and isinstance(sts[0], ast.Assign) and len(sts[0].targets) == 1 \
                and isinstance(sts[0].targets[0], ast.Name) and isinstance(sts[0].value, ast.Constant) \
                and type(sts[0].value.value) is int:
            out.add(name)
    return out


def _is_len_of(e, h):
    return isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "len" \
        and len(e.args) == 1 and isinstance(e.args[0], ast.Name) and e.args[0].id == h


def _cap(test, h, consts, above):
    """`len(h) > C` (above=True: the branch runs when h has grown past C) or `len(h) < C` (above=False:
    the branch runs while h is below C), C a number written in the program; the whole test when
    above, one conjunct of it otherwise."""
    parts = [test]
    if not above and isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        parts = test.values
    for p in parts:
        if not (isinstance(p, ast.Compare) and len(p.ops) == 1):
            continue
        a, op, b = p.left, p.ops[0], p.comparators[0]
        if _is_len_of(b, h):
            a, b = b, a
            op = {ast.Lt: ast.Gt(), ast.LtE: ast.GtE(), ast.Gt: ast.Lt(), ast.GtE: ast.LtE()}.get(type(op), op)
        if not _is_len_of(a, h):
            continue
        if not ((isinstance(b, ast.Constant) and type(b.value) is int) or (isinstance(b, ast.Name) and b.id in consts)):
            continue
        if above and isinstance(op, (ast.Gt, ast.GtE, ast.Eq)):
            return True
        if not above and isinstance(op, (ast.Lt, ast.LtE)):
            return True
    return False


def _pops(stmts, h):
    """The block takes an item out of h on every run (a pop at its top level)."""
    for st in stmts:
        if isinstance(st, (ast.Expr, ast.Assign, ast.AugAssign)):
            v = st.value
            for c in ast.walk(v):
                if isinstance(c, ast.Call) and _call_name(c) in _POPS + _KEEPS and _heap_of(c) == h:
                    return True
    return False


def capped_heap(tree, h, cache):
    """Whether the heap (or sorted list) h is made empty, of constants or of a copy of C items, and
    every push onto it is followed in the same block by `if len(h) > C: heappop(h)` (or `while
    len(h) > C: ...`), or happens only under `if len(h) < C:` (with heappushpop/heapreplace, which
    keep the size, otherwise), C a number the program writes: h never holds more than C + 1 items,
    so a push or a pop on it is O(1), and so is its size."""
    hit = cache.get(h)
    if hit is not None:
        return hit
    cache[h] = False
    consts = cache.setdefault(" constants", None)
    if consts is None:
        consts = cache[" constants"] = _constants(tree)
    # Made empty (or of constants) and never refilled whole.
    made = False
    for n in ast.walk(tree):
        if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            if any(isinstance(t, ast.Name) and t.id == h for t in targets):
                v = n.value
                if isinstance(n, ast.AugAssign) or not (_short_slice(v) or isinstance(v, ast.List) and all(
                        isinstance(x, ast.Constant) for x in v.elts)):
                    return False
                made = True
        elif isinstance(n, ast.Call) and _call_name(n) in ("extend", "insert", "heapify", "merge") \
                and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) and n.func.value.id == h:
            return False
    if not made:
        return False
    parents = {}
    for n in ast.walk(tree):
        for field in ("body", "orelse"):
            block = getattr(n, field, None)
            if isinstance(block, list):
                for i, st in enumerate(block):
                    parents[id(st)] = (n, field, block, i)
    pushes = 0
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call) or _call_name(n) not in _PUSHES or _heap_of(n) != h:
            continue
        pushes += 1
        # The statement holding the push, and the blocks around it.
        st = _statement_of(tree, n, parents)
        if st is None or not _push_capped(st, h, consts, parents):
            return False
    cache[h] = True
    return True


def _short_slice(v):
    """a[:3], a[0:3], a[-3:]: a copy of a number of items the program writes."""
    if not (isinstance(v, ast.Subscript) and isinstance(v.slice, ast.Slice)):
        return False
    s = v.slice
    if s.step is None and s.upper is None and isinstance(s.lower, ast.UnaryOp) and isinstance(s.lower.op, ast.USub) \
            and isinstance(s.lower.operand, ast.Constant) and type(s.lower.operand.value) is int:
        return True  # the last C items
    return s.step is None and (s.lower is None or isinstance(s.lower, ast.Constant) and s.lower.value == 0) \
        and isinstance(s.upper, ast.Constant) and type(s.upper.value) is int


def _statement_of(tree, call, parents):
    for sid, (owner, field, block, i) in parents.items():
        st = block[i]
        if isinstance(st, ast.Expr) and st.value is call:
            return st
    return None


def _push_capped(st, h, consts, parents):
    owner, field, block, i = parents[id(st)]
    # heappush(h, x); ...; if len(h) > C: heappop(h)  (or while len(h) > C: heappop(h))
    for later in block[i + 1:]:
        if isinstance(later, (ast.If, ast.While)) and _cap(later.test, h, consts, True) and _pops(later.body, h):
            return True
        # top.append(x); top.sort(); top = top[:3] -- cut back to C items in the same block
        if isinstance(later, ast.Assign) and len(later.targets) == 1 and isinstance(later.targets[0], ast.Name) \
                and later.targets[0].id == h and _short_slice(later.value):
            return True
    # if len(h) < C: heappush(h, x)  else: heappushpop(h, x)
    if isinstance(owner, ast.If) and field == "body" and _cap(owner.test, h, consts, False):
        return True
    if isinstance(owner, ast.If) and field == "orelse" and _cap(owner.test, h, consts, True):
        return True
    return False
