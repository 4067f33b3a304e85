"""Rules about tables (issue 15, eighth round): the test-case question on a loop that grows a
dictionary and scans it, binary searches in a sorted table of items written out in the code, and a
while that falls back along values a table stored (the prefix function). Bundled
before static_analyzer.py (analysis/CMakeLists.txt); needs nothing of it but `ast`."""
import ast

_DICT_MAKERS = ("dict", "defaultdict", "Counter", "OrderedDict")


def _makes_dict(value):
    if isinstance(value, ast.Dict):
        return True
    if isinstance(value, ast.Call):
        f = value.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        return name in _DICT_MAKERS
    return False


def _assigned(nodes):
    names = {}
    for b in nodes:
        for n in ast.walk(b):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    if isinstance(t, ast.Name):
                        names.setdefault(t.id, []).append(n.value)
    return names


def scans_a_growing_dict(body, tree):
    """Whether the passes of a loop add keys to a dictionary made before the loop (`m[x] = ...`,
    what Java's `m.put(x, ...)` lowers to) and scan it whole in the same pass (`for v in
    m.values()`, `len(m)`): each pass sees the keys the passes before it added, so the passes share
    a structure that grows with their number and are no independent test cases. The test is on the
    code alone, not on the dictionary's size, which is not known yet when the question is asked."""
    inside = _assigned(body)
    outside = _assigned([tree])
    dicts = {name for name, values in outside.items()
             if name not in inside and all(_makes_dict(v) for v in values)}
    if not dicts:
        return False
    added, cleared = set(), set()
    for b in body:
        for n in ast.walk(b):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in dicts:
                        added.add(t.value.id)
            elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Subscript) \
                    and isinstance(n.target.value, ast.Name) and n.target.value.id in dicts:
                added.add(n.target.value.id)
            elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                    and isinstance(n.func.value, ast.Name) and n.func.attr == "clear":
                cleared.add(n.func.value.id)
    added -= cleared
    if not added:
        return False

    def whole(e):
        if isinstance(e, ast.Name):
            return e.id in added
        return isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) \
            and e.func.attr in ("values", "items", "keys") and isinstance(e.func.value, ast.Name) \
            and e.func.value.id in added

    for b in body:
        for n in ast.walk(b):
            if isinstance(n, (ast.For, ast.comprehension)) and whole(n.iter):
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) \
                    and n.func.id in ("len", "max", "min", "sum", "sorted") and n.args and whole(n.args[0]):
                return True
    return False


_SEARCHES = ("bisect", "bisect_left", "bisect_right")


def _loops_and_functions(tree):
    """The statements and expressions that may run many times: loop bodies, functions, lambdas
    and comprehensions."""
    for n in ast.walk(tree):
        if isinstance(n, (ast.For, ast.While, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                          ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            yield n


def _constant_item(e):
    return isinstance(e, ast.Constant) or (
        isinstance(e, (ast.Tuple, ast.List)) and all(_constant_item(x) for x in e.elts)) or (
        isinstance(e, ast.UnaryOp) and _constant_item(e.operand))


def fixed_table(tree, name, cache):
    """Whether a sorted list or heap holds a fixed number of items written out in the code: made
    empty or of constants at the program's top level, filled there only by calls with constant
    items (`bisect.insort(t, 5)`, what `t.put(5, ...)` on a Java TreeMap lowers to), and only
    searched inside loops and functions (`bisect_left(t, x)`, `t[i]`). A binary search in it then
    costs a constant, not the log of the input size assumed for a structure whose size is unknown."""
    hit = cache.get(name)
    if hit is not None:
        return hit
    cache[name] = False
    made = False
    for st in tree.body:
        if isinstance(st, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in st.targets):
            v = st.value
            if not (isinstance(v, (ast.List, ast.Tuple)) and all(_constant_item(x) for x in v.elts)):
                return False
            made = True
    if not made:
        return False
    inside = set()
    for loop in _loops_and_functions(tree):
        for n in ast.walk(loop):
            inside.add(id(n))
    allowed = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and n.args and isinstance(n.args[0], ast.Name) and n.args[0].id == name:
            f = n.func
            fname = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            if fname in _SEARCHES:
                allowed.add(id(n.args[0]))
            elif fname in ("insort", "insort_left", "insort_right", "heappush") and id(n) not in inside \
                    and all(_constant_item(a) for a in n.args[1:]):
                allowed.add(id(n.args[0]))
        elif isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Load) and isinstance(n.value, ast.Name) \
                and n.value.id == name:
            allowed.add(id(n.value))
        elif isinstance(n, ast.Assign) and id(n) not in inside:
            for t in n.targets:
                if isinstance(t, ast.Name) and t.id == name:
                    allowed.add(id(t))
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and n.id == name and id(n) not in allowed:
            return False
    cache[name] = True
    return True


def _is_name(e, name):
    return isinstance(e, ast.Name) and e.id == name


def _falls_back(value, k):
    """`T[k - 1]` or `T[k]`: the table's item at the walker or just before it; returns T."""
    if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name):
        s = value.slice
        if _is_name(s, k) or (isinstance(s, ast.BinOp) and isinstance(s.op, ast.Sub)
                              and _is_name(s.left, k) and isinstance(s.right, ast.Constant)):
            return value.value.id
    return None


def _positive_guard(test, k):
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    for p in parts:
        if isinstance(p, ast.Compare) and len(p.ops) == 1 and _is_name(p.left, k) \
                and isinstance(p.comparators[0], ast.Constant) and p.comparators[0].value in (0, 1) \
                and isinstance(p.ops[0], (ast.Gt, ast.NotEq, ast.GtE)):
            return True
    return False


def falls_back_along_stored_values(loop, outer):
    """for i ...: while k > 0 and s[i] != s[k]: k = pi[k - 1]; if ...: k += 1; pi[i] = k -- the
    prefix function (KMP's failure links): the inner loop only moves k back to a value the table
    stored for an earlier position, the outer pass raises k by at most one and stores it, and a
    pass starts from where the last one stopped (k kept, or read back as pi[i - 1]). k never goes
    below 0, so all the falls over the outer loop add up to its rises: at most one per pass."""
    if not isinstance(loop, ast.While) or not isinstance(outer, ast.For) \
            or not isinstance(outer.target, ast.Name):
        return False
    i = outer.target.id
    body = [s for s in loop.body if not isinstance(s, ast.Pass)]
    if not body or not all(isinstance(s, ast.Assign) and len(s.targets) == 1
                           and isinstance(s.targets[0], ast.Name) for s in body):
        return False
    k = body[0].targets[0].id
    tables = {_falls_back(s.value, k) for s in body if s.targets[0].id == k}
    if any(s.targets[0].id != k for s in body) or len(tables) != 1 or None in tables:
        return False
    (table,) = tables
    if not _positive_guard(loop.test, k):
        return False
    # Everything else the outer pass does to k and to the table.
    for n in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
        if n is loop:
            continue
        if isinstance(n, (ast.For, ast.While)) and n is not loop:
            return False
        if isinstance(n, ast.AugAssign):
            if _is_name(n.target, k) and not (isinstance(n.op, ast.Add) and isinstance(n.value, ast.Constant)
                                              and n.value.value == 1):
                return False
            if isinstance(n.target, ast.Subscript) and _is_name(n.target.value, table):
                return False
        elif isinstance(n, ast.Assign) and not any(n is s for s in body):
            for t in n.targets:
                if _is_name(t, k):
                    v = n.value
                    back = isinstance(v, ast.Subscript) and _is_name(v.value, table) \
                        and isinstance(v.slice, ast.BinOp) and isinstance(v.slice.op, ast.Sub) \
                        and _is_name(v.slice.left, i) and isinstance(v.slice.right, ast.Constant) \
                        and v.slice.right.value == 1
                    if not (back or _falls_back(v, k) == table or (isinstance(v, ast.Constant) and v.value == 0)):
                        return False
                elif isinstance(t, ast.Subscript) and _is_name(t.value, table):
                    if not (_is_name(t.slice, i) and _is_name(n.value, k)):
                        return False
                elif not isinstance(t, (ast.Name, ast.Subscript)):
                    return False
    return True
