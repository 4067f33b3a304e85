"""Rules of the static analyzer about work shared out over a whole loop by what the loop keeps
(issue 15, ninth round): a match extended from a stored box whose end only rises (the Z-function,
Manacher), merges of the smaller collection into the larger (small to large), and walks over a
group that copy its items into another group (which no longer add up to the items). They read the
syntax tree only; static_analyzer.py calls them, so this file imports nothing of it and can come
first in the bundled script."""

import ast
import copy


def _dump(e):
    """The expression's text: the same for a target (`z[i] += 1`) and a read (`z[i]`)."""
    return ast.unparse(e)


def _is_name(e, name):
    return isinstance(e, ast.Name) and e.id == name


def _raised_by_one(st):
    """`x += 1` / `x -= 1` (x a name or a subscript): the target, else None."""
    if isinstance(st, ast.AugAssign) and isinstance(st.op, (ast.Add, ast.Sub)) \
            and isinstance(st.value, ast.Constant) and st.value.value == 1 \
            and isinstance(st.target, (ast.Name, ast.Subscript)):
        return st.target
    return None


def _mentions(e, key):
    return any(_dump(x) == key for x in ast.walk(e))


def _clamps_to_box(e, r, i):
    """min(r - i, ...) or min(..., r - i + 1): a start no further than the box's end."""
    for c in ast.walk(e):
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "min":
            for a in c.args:
                names = {x.id for x in ast.walk(a) if isinstance(x, ast.Name)}
                if isinstance(a, ast.BinOp) and {r, i} <= names and any(
                        isinstance(x, ast.BinOp) and isinstance(x.op, ast.Sub) for x in ast.walk(a)):
                    return True
    return False


def extends_from_a_box(loop, outer):
    """for i ...: z[i] = min(r - i, z[i - l]) when i < r; while ...: z[i] += 1; if i + z[i] > r:
    l, r = i, i + z[i] -- the Z-function, and Manacher's palindromes the same way: the inner loop
    extends a match from a start the stored box [l, r] allows (never past r), and the box's end is
    raised to wherever the match got. A match that starts inside the box and could go on stops at
    once (the box's own match says so), so the steps of all the passes together are the steps
    that push r forward: at most the length of the text, not the text once per pass."""
    if not isinstance(loop, ast.While) or not isinstance(outer, (ast.For, ast.While)):
        return False
    if isinstance(outer, ast.For):
        if not isinstance(outer.target, ast.Name):
            return False
        i = outer.target.id
    else:
        steps = [_raised_by_one(s) for s in outer.body]
        counters = [t.id for t in steps if isinstance(t, ast.Name) and t.id in
                    {x.id for x in ast.walk(outer.test) if isinstance(x, ast.Name)}]
        if len(counters) != 1:
            return False
        i = counters[0]
    # The inner loop only steps counters by one, and one of them is in its test: the match length.
    raised = []
    for st in loop.body:
        t = _raised_by_one(st)
        if t is None:
            return False
        raised.append(t)
    test_keys = {_dump(x) for x in ast.walk(loop.test)}
    grown = [t for t in raised if _dump(t) in test_keys]
    if not grown:
        return False
    keys = {_dump(t) for t in raised}
    inner = {id(x) for x in ast.walk(loop)}
    # The box's end r: set in the outer pass (never in the inner loop) only to a reach of the match,
    # i + z[i] (+/- a constant), and only raised: under `if ... > r` or as max(r, ...).
    ends = {}
    for n in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
        if id(n) in inner or not isinstance(n, ast.If):
            continue
        t = n.test
        if not (isinstance(t, ast.Compare) and len(t.ops) == 1 and isinstance(t.ops[0], (ast.Gt, ast.GtE))
                and isinstance(t.comparators[0], ast.Name)):
            continue
        r = t.comparators[0].id
        for st in n.body:
            pairs = []
            if isinstance(st, ast.Assign) and len(st.targets) == 1:
                tg, v = st.targets[0], st.value
                if isinstance(tg, ast.Tuple) and isinstance(v, ast.Tuple) and len(tg.elts) == len(v.elts):
                    pairs = list(zip(tg.elts, v.elts))
                else:
                    pairs = [(tg, v)]
            for tg, v in pairs:
                if _is_name(tg, r) and _dump(v) == _dump(t.left):
                    ends.setdefault(r, []).append(st)
    for n in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
        if id(n) not in inner and isinstance(n, ast.Assign) and len(n.targets) == 1 \
                and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.Call) \
                and _is_name(n.value.func, "max") and len(n.value.args) == 2 \
                and any(_is_name(a, n.targets[0].id) for a in n.value.args) \
                and any(_mentions(a, k) for a in n.value.args for k in keys):
            ends.setdefault(n.targets[0].id, []).append(n)
    for r, sets in list(ends.items()):
        reach = sets[0]
        ok = any(_mentions(reach, k) for k in keys) or _reaches_through(outer, reach, keys, inner)
        for n in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
            if isinstance(n, (ast.Assign, ast.AugAssign)) and not any(n is s for s in sets):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                if any(_is_name(x, r) for tg in targets for x in ast.walk(tg)):
                    ok = False
        if not ok:
            del ends[r]
    if not ends:
        return False
    # The match starts no further than the box allows: min(r - i, ...) where it is set.
    for n in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
        if id(n) in inner:
            continue
        if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None \
                and any(_clamps_to_box(n.value, r, i) for r in ends):
            return True
    return False


def _reaches_through(outer, reach, keys, inner):
    """r = i + k where k was set from the match length after the inner loop (k = z[i] - 1)."""
    names = {x.id for x in ast.walk(reach) if isinstance(x, ast.Name)}
    for n in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
        if id(n) in inner or not isinstance(n, (ast.Assign, ast.AugAssign)):
            continue
        targets = n.targets if isinstance(n, ast.Assign) else [n.target]
        if any(_is_name(t, x) for t in targets for x in names) and any(_mentions(n, k) for k in keys):
            return True
    return False


def _swapped(e, p, q):
    """e with the expressions p and q exchanged (their texts), as text."""
    pt, qt = _dump(p), _dump(q)

    class Swap(ast.NodeTransformer):
        def visit(self, node):
            if isinstance(node, ast.expr):
                t = _dump(node)
                if t == pt:
                    return q
                if t == qt:
                    return p
            return self.generic_visit(node)

    return _dump(Swap().visit(copy.deepcopy(e)))


def _len_arg(e):
    """x in len(x), or in x.size() (a Java collection's size as the lowering leaves it)."""
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "len" and len(e.args) == 1:
        return e.args[0]
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr == "size" and not e.args:
        return e.func.value
    return None


def _swap_of(body):
    """The two expressions `p, q = q, p` exchanges, or `t = p; p = q; q = t` (Java's form); else None."""
    if len(body) == 1:
        st = body[0]
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Tuple) \
                and isinstance(st.value, ast.Tuple) and len(st.targets[0].elts) == 2 and len(st.value.elts) == 2:
            p, q = st.targets[0].elts
            if _dump(st.value.elts[0]) == _dump(q) and _dump(st.value.elts[1]) == _dump(p):
                return p, q
        return None
    if len(body) == 3 and all(isinstance(st, ast.Assign) and len(st.targets) == 1 for st in body):
        (a, va), (b, vb), (c, vc) = [(st.targets[0], st.value) for st in body]
        if isinstance(a, ast.Name) and _dump(vc) == _dump(a) and _dump(va) == _dump(b) and _dump(vb) == _dump(c):
            return b, c
    return None


def _smaller_after_swap(outer):
    """(smaller, larger) texts of each `if len(x) < len(y): x, y = y, x` in the loop's body (the swap
    may exchange the collections or the indexes they are reached by): after it, the first is the
    smaller of the two."""
    out = []
    for n in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
        if not (isinstance(n, ast.If) and not n.orelse):
            continue
        t = n.test
        if not (isinstance(t, ast.Compare) and len(t.ops) == 1 and isinstance(t.ops[0], (ast.Lt, ast.LtE, ast.Gt, ast.GtE))):
            continue
        x, y = _len_arg(t.left), _len_arg(t.comparators[0])
        if x is None or y is None:
            continue
        pair = _swap_of(n.body)
        if pair is None:
            continue
        p, q = pair
        if _swapped(x, p, q) != _dump(y):
            continue
        # len(x) < len(y) swaps when x is the smaller, so y is the smaller afterwards.
        small, large = (y, x) if isinstance(t.ops[0], (ast.Lt, ast.LtE)) else (x, y)
        out.append((_dump(small), _dump(large)))
    return out


def merges_smaller_into_larger(loop, outer):
    """if len(A) < len(B): A, B = B, A; for x in B: A.add(x) -- small-to-large merging: the loop
    walks the smaller of two collections and adds its items to the larger one. An item that moves
    lands in a collection at least twice the size of the one it left, so it moves at most log n
    times: all the passes of the loop around add up to n log n, not n per pass."""
    if not isinstance(loop, ast.For) or not isinstance(outer, (ast.For, ast.While)):
        return False
    it = loop.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr in ("items", "keys", "values") \
            and not it.args:
        it = it.func.value  # for k, v in small.items()
    elif isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "list" and len(it.args) == 1:
        it = it.args[0]
    walked = _dump(it)
    for small, large in _smaller_after_swap(outer):
        if walked != small:
            continue
        for m in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
            if isinstance(m, ast.Call) and isinstance(m.func, ast.Attribute) and _dump(m.func.value) == large:
                return True
            if isinstance(m, (ast.Assign, ast.AugAssign)):
                for tg in (m.targets if isinstance(m, ast.Assign) else [m.target]):
                    if isinstance(tg, ast.Subscript) and _dump(tg.value) == large:
                        return True
    return False


def merges_into_larger(target, piece, outer):
    """large.update(small), large.extend(small), large |= small after the same swap: the smaller
    collection's items added to the larger, n log n over the loop around."""
    if not isinstance(outer, (ast.For, ast.While)):
        return False
    return (_dump(piece), _dump(target)) in _smaller_after_swap(outer)


def copies_into_another_group(loop):
    """for x in s[v]: s[p].add(x) -- a walk over one group of a collection of groups that adds what
    it walks to another group of the same collection (a merge without the small-to-large swap):
    the items it copies are walked again when that group's turn comes, so the groups no longer
    hold each item once and the walks do not add up to the items (a chain of merges is n^2)."""
    it = loop.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and it.func.attr in ("items", "keys", "values") \
            and not it.args:
        it = it.func.value
    if not (isinstance(it, ast.Subscript) and isinstance(it.value, ast.Name)):
        return False
    table, key = it.value.id, _dump(it.slice)
    for m in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
        if isinstance(m, ast.Call) and isinstance(m.func, ast.Attribute) \
                and m.func.attr in ("add", "append", "appendleft", "extend", "update", "insert") \
                and isinstance(m.func.value, ast.Subscript) and isinstance(m.func.value.value, ast.Name) \
                and m.func.value.value.id == table and _dump(m.func.value.slice) != key:
            return True
    return False
