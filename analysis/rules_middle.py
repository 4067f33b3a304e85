"""Rules of the static analyzer about the middle classes, linear, n log n and quadratic (issue 15,
ninth round): which loops are queries on shared data, which inner loops are amortized by a counter
that only moves forward, and which string and deque operations copy. They read the syntax tree
only; static_analyzer.py calls them, so this file imports nothing of it and can come first in the
bundled script."""

import ast

# Calls that search a collection handed as their first argument without indexing it: a pass that
# makes one consults that collection as much as one that reads `a[i]`.
SEARCHING_CALLS_PYD = {"bisect", "bisect_left", "bisect_right"}


def searched_collection(node):
    """bisect_right(pre, s), bisect.bisect_left(a, x): the name of the collection searched, else
    None."""
    if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Name)):
        return None
    f = node.func
    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
    return node.args[0].id if name in SEARCHING_CALLS_PYD else None


def _raised_by_constant_mid(st, name):
    """name += c with c a positive integer written in the program."""
    return isinstance(st, ast.AugAssign) and isinstance(st.op, ast.Add) and isinstance(st.target, ast.Name) \
        and st.target.id == name and isinstance(st.value, ast.Constant) and type(st.value.value) is int \
        and st.value.value > 0


def stepped_index_counters(loop, is_sequence):
    """while len(cnt) > k: cnt[a[l]] -= 1; ...; l += 1 -- names the while loop's body raises by a
    constant on every pass (a statement at its top level) and uses as an index into a sequence
    (`a[l]`; is_sequence(name) says which names are lists). The test does not read them, but each
    pass moves the index one item further along the list: over all passes of the loops around, as
    long as nothing moves it back, the passes add up to the list's length, as a two-pointer window's
    do."""
    raised = {st.target.id for st in loop.body
              if isinstance(st, ast.AugAssign) and _raised_by_constant_mid(st, getattr(st.target, "id", None))}
    if not raised:
        return set()
    indexing = set()
    for node in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
        if isinstance(node, (ast.FunctionDef, ast.Lambda)):
            return set()
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and is_sequence(node.value.id) \
                and isinstance(node.slice, ast.Name) and node.slice.id in raised:
            indexing.add(node.slice.id)
    # Set anywhere else in the loop (j = 0), the counter may move back within it.
    for node in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                for x in ast.walk(t):
                    if isinstance(x, ast.Name):
                        indexing.discard(x.id)
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) \
                and node.target.id in indexing and not _raised_by_constant_mid(node, node.target.id):
            indexing.discard(node.target.id)
    return indexing


def _offset_of_mid(expr, x):
    """x -> 0, x + 2 -> 2, x - 1 -> -1 (x a name); None for anything else."""
    if isinstance(expr, ast.Name) and expr.id == x:
        return 0
    if isinstance(expr, ast.BinOp) and isinstance(expr.left, ast.Name) and expr.left.id == x \
            and isinstance(expr.right, ast.Constant) and type(expr.right.value) is int:
        if isinstance(expr.op, ast.Add):
            return expr.right.value
        if isinstance(expr.op, ast.Sub):
            return -expr.right.value
    return None


def _rising_target_mid(outer):
    """for i in range(...) with no step or a positive constant one: i, which rises by one or more
    on every pass; else None."""
    if not (isinstance(outer, ast.For) and isinstance(outer.target, ast.Name) and isinstance(outer.iter, ast.Call)
            and isinstance(outer.iter.func, ast.Name) and outer.iter.func.id == "range" and outer.iter.args):
        return None
    if len(outer.iter.args) == 3:
        step = outer.iter.args[2]
        if not (isinstance(step, ast.Constant) and type(step.value) is int and step.value > 0):
            return None
    return outer.target.id


def _caps_below_mid(test, j, i):
    """The largest value j reaches in a while loop that raises it, by the loop's test: a conjunct
    `j < i + d` stops it at i + d, `j <= i + d` at i + d + 1. None when no conjunct caps it."""
    conjuncts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    caps = []
    for c in conjuncts:
        if not (isinstance(c, ast.Compare) and len(c.ops) == 1):
            continue
        a, op, b = c.left, c.ops[0], c.comparators[0]
        if isinstance(op, (ast.Gt, ast.GtE)):
            a, b = b, a
            op = ast.Lt() if isinstance(op, ast.Gt) else ast.LtE()
        if not (isinstance(a, ast.Name) and a.id == j and isinstance(op, (ast.Lt, ast.LtE))):
            continue
        d = _offset_of_mid(b, i)
        if d is not None:
            caps.append(d if isinstance(op, ast.Lt) else d + 1)
    return min(caps) if caps else None


def resets_ahead_of_the_window(outer, names):
    """for i in range(n): if a[i] == 0: j = i + 1; ...; while j < i and ...: j += 1 -- assignments
    `j = i + c` (i the outer loop's rising counter) where every while loop that raises j stops it
    at most at i + c + 1 by its own test: j never passes i + c + 1 of the pass it was moved in,
    so on a later pass (i one or more further on) `j = i + c` moves it forward, never back. Those
    assignments raise j as `j = max(j, i)` does, and the inner loop stays a two-pointer window."""
    i = _rising_target_mid(outer)
    if i is None:
        return set()
    out = set()
    for j in names:
        whiles = [w for w in ast.walk(outer) if isinstance(w, ast.While)
                  and any(_raised_by_constant_mid(s, j) for s in ast.walk(w))]
        caps = [_caps_below_mid(w.test, j, i) for w in whiles]
        if not caps or any(c is None for c in caps):
            continue
        for node in ast.walk(outer):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                    and node.targets[0].id == j:
                c = _offset_of_mid(node.value, i)
                if c is not None and max(caps) <= c + 1:
                    out.add(id(node))
    return out


def _added_operands_mid(expr):
    """The operands of a chain of additions, left to right: a + b + c -> [a, b, c]."""
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        return _added_operands_mid(expr.left) + _added_operands_mid(expr.right)
    return [expr]


def copied_by_concatenation(st, kind):
    """res = res + [x], res = [x] + res, t = c + t: the name, when an assignment rebuilds it by
    adding pieces to its own value. A new list is made and the old one copied into it, so each
    such statement costs the list's length (a list grows in place only through `+=`/append). A
    string the name alone refers to is grown in place by CPython when it comes first
    (`t = t + c`, as `t += c`), so for strings only a name added after a piece is copied."""
    if not (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name)):
        return None
    name = st.targets[0].id
    ops = _added_operands_mid(st.value)
    if len(ops) < 2:
        return None
    where = [k for k, op in enumerate(ops) if isinstance(op, ast.Name) and op.id == name]
    if len(where) != 1:
        return None
    if kind.get(name) == "seq":
        return name
    if kind.get(name) == "str" and where[0] > 0:
        return name
    return None


def as_augmented_growth(st, kind):
    """res = res + [x] (or [x] + res, or t = c + t) for a list or a string: the same growth as
    `res += [x]`, which the environment reads as the collection growing on every pass. Returns
    that AugAssign (the other pieces summed in their order), or None."""
    name = copied_by_concatenation(st, {k: v for k, v in kind.items() if v == "seq"}) \
        or (st.targets[0].id if isinstance(st, ast.Assign) and len(st.targets) == 1
            and isinstance(st.targets[0], ast.Name) and kind.get(st.targets[0].id) == "str"
            and sum(1 for op in _added_operands_mid(st.value) if isinstance(op, ast.Name)
                    and op.id == st.targets[0].id) == 1 and len(_added_operands_mid(st.value)) > 1 else None)
    if not name:
        return None
    rest = [op for op in _added_operands_mid(st.value) if not (isinstance(op, ast.Name) and op.id == name)]
    value = rest[0]
    for op in rest[1:]:
        value = ast.BinOp(left=value, op=ast.Add(), right=op)
    node = ast.AugAssign(target=ast.Name(id=name, ctx=ast.Store()), op=ast.Add(), value=value)
    return ast.copy_location(node, st)


def grown_in_place(st, kind):
    """t = t + c for a string: CPython appends in place when the name comes first, as for
    `t += c`; the AugAssign to cost instead, or None."""
    if not (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name)
            and kind.get(st.targets[0].id) == "str"):
        return None
    ops = _added_operands_mid(st.value)
    if len(ops) < 2 or not (isinstance(ops[0], ast.Name) and ops[0].id == st.targets[0].id):
        return None
    return as_augmented_growth(st, kind)


def _length_bounded_mid(it):
    """range(len(s)), range(1, len(s)), range(len(s) - 1): s; a name itself: the name; else None."""
    if isinstance(it, ast.Name):
        return it
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
            and 1 <= len(it.args) <= 2 and not it.keywords):
        return None
    if len(it.args) == 2 and not isinstance(it.args[0], ast.Constant):
        return None
    stop = it.args[-1]
    if isinstance(stop, ast.BinOp) and isinstance(stop.op, (ast.Sub, ast.Add)) and isinstance(stop.right, ast.Constant):
        stop = stop.left
    if isinstance(stop, ast.Call) and isinstance(stop.func, ast.Name) and stop.func.id == "len" \
            and len(stop.args) == 1 and isinstance(stop.args[0], ast.Name):
        return stop.args[0]
    return None


def _copied_from_mid(value):
    """sorted(x), list(x), sorted(x, key=...), x[:], x.copy(), set(x): x; else None."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in (
            "sorted", "list", "tuple", "set", "reversed") and len(value.args) == 1:
        return value.args[0]
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "copy" \
            and not value.args:
        return value.func.value
    if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice) and value.slice.lower is None \
            and value.slice.upper is None and value.slice.step is None:
        return value.value
    return None


def walks_a_copied_group(an, it):
    """for col, vals in by.items(): s = sorted(vals); for k in range(1, len(s)) -- an inner loop
    over a copy (sorted, list, slice) of the group the loop around takes on this pass. The copy has
    the group's items, so over the loop around the passes add up to the items of all groups, as
    `for v in vals` already did (group_of_this_loop)."""
    g = _length_bounded_mid(it)
    if g is None or not an.enclosing_loops:
        return False
    loop = an.enclosing_loops[-1][0]
    if not isinstance(loop, ast.For):
        return False
    binds = []
    for node in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == g.id for tg in node.targets for t in ast.walk(tg)):
                binds.append(node)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension)):
            if any(isinstance(t, ast.Name) and t.id == g.id for t in ast.walk(node.target)):
                return False
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "append", "extend", "insert", "add", "update") and isinstance(node.func.value, ast.Name) \
                and node.func.value.id == g.id:
            return False  # the copy grows beyond the group
    if len(binds) != 1 or len(binds[0].targets) != 1 or not isinstance(binds[0].targets[0], ast.Name):
        return False
    source = _copied_from_mid(binds[0].value)
    return source is not None and an.group_of_this_loop(source)


def through_stepped_temporary(updates, cond_names, scale_of):
    """c = 2 * i + 1; if ...: c += 1; i = c -- a heap's sift-down: the counter is set to a child
    index computed in a temporary that the pass may step on by a constant. When the temporary is
    set once, to a multiple of the counter larger than one (scale_of), and otherwise only stepped
    by constants, the counter takes that value: it doubles, as
    `i = 2 * i + 1` written directly does. Returns the updates with such values put in place (the
    same dict when nothing changes)."""
    out = None
    for name in cond_names:
        for k, (kind, op, value) in enumerate(updates.get(name, ())):
            if kind != "set" or not isinstance(value, ast.Name) or value.id in cond_names:
                continue
            temp = updates.get(value.id, ())
            sets = [u for u in temp if u[0] == "set"]
            steps = [u for u in temp if u[0] != "set"]
            if len(sets) != 1 or not all(isinstance(op2, (ast.Add, ast.Sub)) and isinstance(v2, ast.Constant)
                                         and type(v2.value) is int for _, op2, v2 in steps):
                continue
            if not steps or (scale_of(sets[0][2], name) or 0) <= 1:
                continue
            if out is None:
                out = {x: list(v) for x, v in updates.items()}
            out[name][k] = ("set", None, sets[0][2])
    return out if out is not None else updates


def slice_bound_once(f, name):
    """left = a[:mid] -- the slice a name of the function is bound to, when the function binds it
    exactly once and to a slice: a self-call on that name gets the slice, as `solve(a[:mid])`
    written in the call does. Else None."""
    value = bound_once_in_function(f, name)
    return value if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice) else None


def bound_once_in_function(f, name):
    """The value of `name = value` (or its part in `name, other = value, value2`) when that is the
    function's only binding of name (so a use of name stands for that value), else None."""
    binds = []
    for node in ast.walk(f):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if any(isinstance(x, ast.Name) and x.id == name for x in ast.walk(t)):
                    binds.append(node.value if isinstance(t, ast.Name) else _unpacked_part(t, node.value, name))
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension, ast.NamedExpr)):
            if any(isinstance(x, ast.Name) and x.id == name for x in ast.walk(node.target)):
                return None
    if len(binds) != 1:
        return None
    return binds[0]


def _unpacked_part(target, value, name):
    """left, right = a[:mid], a[mid:]: the item of a tuple written out that goes to name, else None."""
    if not (isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List))
            and len(target.elts) == len(value.elts)):
        return None
    for t, v in zip(target.elts, value.elts):
        if isinstance(t, ast.Name) and t.id == name:
            return v
    return None


def _names_read_mid(node):
    return {x.id for x in ast.walk(node) if isinstance(x, ast.Name)}


def carries_a_running_value(body, reads_input):
    """for _ in range(n): x = int(input()); best = max(best, x); print(best) -- a value that every
    pass updates from itself and from what the pass read (`best = max(best, x)`, `s += x`), never
    starts afresh, and prints: each pass answers for all the lines so far, so the passes are items
    of one input, not independent test cases. A case counter (`k += 1`) takes nothing read and
    does not count. reads_input(node) says whether a statement reads the input."""
    read = set()
    for b in body:
        for n in ast.walk(b):
            if isinstance(n, ast.Assign) and reads_input(n.value):
                for t in n.targets:
                    read |= _names_read_mid(t)
    if not read:
        return False
    updated, reset = set(), set()
    for b in body:
        for n in ast.walk(b):
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
                if _names_read_mid(n.value) & read:
                    updated.add(n.target.id)
            elif isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                name = n.targets[0].id
                refs = _names_read_mid(n.value)
                if name in refs:
                    if refs & read:
                        updated.add(name)
                else:
                    reset.add(name)
            elif isinstance(n, ast.Assign):
                for t in n.targets:
                    reset |= _names_read_mid(t)
            elif isinstance(n, (ast.For, ast.comprehension)):
                reset |= _names_read_mid(n.target)
    carried = updated - reset - read
    if not carried:
        return False
    for b in body:
        for n in ast.walk(b):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print" \
                    and any(_names_read_mid(a) & carried for a in n.args):
                return True
    return False


def filled_from_one_side(f, name, p):
    """left = []; for x in a: if x < pivot: left.append(x) -- a list the function fills only with
    items of its parameter p that an ordering test puts on one side of a pivot (an elif or else of
    that test is the other side). Self-calls on such lists split p between them, as a quicksort's
    partition does, like `[x for x in a if x < pivot]` written out (static_analyzer's
    partitions_parameter)."""
    appends = []
    for node in ast.walk(f):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == name:
            if node.func.attr != "append":
                return False
            appends.append(node)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and isinstance(node.target, ast.Name) \
                and node.target.id == name:
            return False
    return bool(appends) and all(_appended_on_one_side(f, call, p) for call in appends)


def _appended_on_one_side(f, call, p):
    """The append adds the variable of a loop over p (or a slice of p), in a branch of an `if`
    whose test orders that variable against something else (its `else` holds the other side)."""
    if len(call.args) != 1 or not isinstance(call.args[0], ast.Name):
        return False
    item = call.args[0].id
    for loop in ast.walk(f):
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and loop.target.id == item):
            continue
        it = loop.iter.value if isinstance(loop.iter, ast.Subscript) and isinstance(loop.iter.slice, ast.Slice) \
            else loop.iter
        if not (isinstance(it, ast.Name) and it.id == p):
            continue
        for branch in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
            if isinstance(branch, ast.If) and _orders_item(branch.test, item) and any(
                    sub is call for st in branch.body + branch.orelse for sub in ast.walk(st)):
                return True
    return False


def _orders_item(test, item):
    """x < pivot, pivot >= x: one ordering comparison with the item on exactly one side."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], (ast.Lt, ast.LtE, ast.Gt, ast.GtE))):
        return False
    sides = [{n.id for n in ast.walk(x) if isinstance(n, ast.Name)} for x in (test.left, test.comparators[0])]
    return (item in sides[0]) != (item in sides[1])



_REORDERING = ("sorted", "reversed", "list", "tuple", "iter")


def in_given_order(an, it):
    """for k, v in sorted(d.items()), for k in sorted(d, key=...), `pairs = sorted(d.items());
    for k, v in pairs`: the collection a loop walks in another order. Sorting or copying the keys
    or pairs changes the order of the passes, not which group each pass takes, so the groups still
    add up to the items once (group_of_this_loop). A name is followed to its value when the program
    binds it once, to such a copy."""
    if isinstance(it, ast.Name):
        value = _bound_once_in_program(an, it.id)
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in _REORDERING:
            it = value
    while isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in _REORDERING \
            and len(it.args) == 1:
        it = it.args[0]
    return it


def _bound_once_in_program(an, name):
    """The value of the one `name = value` of the whole program, None when name is bound otherwise
    or more than once (a loop target, +=, a second assignment). Found once per analysis."""
    table = an.__dict__.get("_single_bindings")
    if table is None:
        table = {}
        for node in ast.walk(an.tree):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension, ast.NamedExpr)) else []
            for t in targets:
                for x in ast.walk(t):
                    if isinstance(x, ast.Name):
                        single = isinstance(node, ast.Assign) and len(node.targets) == 1 and t is x
                        table.setdefault(x.id, []).append(node.value if single else None)
        an.__dict__["_single_bindings"] = table
    values = table.get(name, [])
    return values[0] if len(values) == 1 else None


def joined_group(node):
    """' '.join(map(str, g[k])), ''.join(sorted(g[k])), ' '.join(g[k]): the collection a join walks,
    through the map or copy that feeds it, else None. Joining each group of a collection of
    collections in turn writes every item once in all (group_of_this_loop), as summing or sorting
    each group does."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join"
            and len(node.args) == 1):
        return None
    arg = node.args[0]
    while True:
        fed = through_map(arg)
        if isinstance(fed, ast.Call) and isinstance(fed.func, ast.Name) and fed.func.id in _REORDERING \
                and len(fed.args) == 1:
            fed = fed.args[0]
        if fed is arg:
            return arg
        arg = fed


def through_map(e):
    """map(str, g[k]) -> g[k]: a map over a collection has its items, one call of the function each
    (sum(map(int, g[k])), sorted(map(str, g[k]))); anything else is returned as it is."""
    if isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id == "map" and len(e.args) == 2:
        return e.args[1]
    return e


def reduces_a_line(name):
    """sum(map(int, input().split())), max(...), any(...): a reduction over the numbers of a line is
    a pass over them, as sum(a) of the list parsed from that line is; only building the list
    (list(map(...)), tuple, set) is receiving the input."""
    return name in ("sum", "min", "max", "any", "all")



def input_lines(it):
    """for line in sys.stdin, for line in sys.stdin.buffer, for line in open(0): a loop over the lines
    of the input, once per line read, as `for _ in range(n): input()` is. The stream has no size
    the analysis knows (it is no collection of the program), so the count is the input's."""
    if isinstance(it, ast.Attribute) and it.attr == "buffer":
        it = it.value
    if isinstance(it, ast.Attribute) and it.attr == "stdin" and isinstance(it.value, ast.Name) \
            and it.value.id == "sys":
        return True
    if isinstance(it, ast.Name) and it.id == "stdin":
        return True  # from sys import stdin
    return isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "open" \
        and len(it.args) >= 1 and isinstance(it.args[0], ast.Constant) and it.args[0].value == 0


def _few_values(e):
    """x % 10, x & 7, x > 0, a constant: an expression that takes at most as many values as a number
    written in the program says, whatever x is."""
    if isinstance(e, ast.Constant):
        return True
    if isinstance(e, (ast.Compare, ast.BoolOp)) or (isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.Not)):
        return True
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Mod, ast.BitAnd)) and isinstance(e.right, ast.Constant) \
            and type(e.right.value) is int:
        return True
    if isinstance(e, ast.Tuple):
        return all(_few_values(x) for x in e.elts)
    return False


def few_distinct_keys(node):
    """{x % 10 for x in a}, set(x % 3 for x in a), Counter(x & 1 for x in a), {x % 3: ... for x in
    a}: a set or table keyed by values that can take only a constant number of values (a
    remainder by a written number, a truth value) holds at most that many keys, however many items
    fed it; sorting or walking it afterwards is O(1). Building it still walks the items (the
    comprehension's own cost)."""
    if isinstance(node, ast.SetComp):
        return _few_values(node.elt)
    if isinstance(node, ast.DictComp):
        return _few_values(node.key)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in (
            "set", "frozenset", "Counter") and len(node.args) == 1 \
            and isinstance(node.args[0], (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
        return _few_values(node.args[0].elt)
    return False


def reread_until_sentinel(test, body, reads_input):
    """x = int(input()); while x != 0: ...; x = int(input()) -- a loop whose test looks only at names
    that each pass reads afresh from the input (at the top level of its body): it runs once per
    value read until the sentinel comes, as many passes as the input has values. reads_input(e)
    says whether an expression reads the input."""
    names = {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
    if not names:
        return False
    reread = set()
    for st in body:
        if isinstance(st, ast.Assign) and reads_input(st.value):
            for t in st.targets:
                reread |= {x.id for x in ast.walk(t) if isinstance(x, ast.Name)}
    return names <= reread
