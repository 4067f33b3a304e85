"""Rules of the static analyzer about values that grow geometrically up to a limit and about
n log n work that is amortized or logarithmic per item (issue 15, eighth round). They read the
syntax tree only; static_analyzer.py calls them with its Analyzer as `an` (an.magnitude, an.bump,
an.mag), so this file imports nothing of it and can come first in the bundled script."""

import ast
import re


def _written(text):
    """Names as the program writes them: the analyzer gives locals a suffix (f'1, r'r2)."""
    return re.sub(r"'r?[0-9]+", "", text)


def _grows_by_multiplying(name, body):
    """name *= c, name <<= c, name = name * c, name = c * name, name += name (c a constant > 1):
    every update of name in the body multiplies it."""
    ups = []
    for node in ast.walk(ast.Module(body=body, type_ignores=[])):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            ups.append((node.op, name, node.value))
        elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            v = node.value
            if not isinstance(v, ast.BinOp):
                return False
            if isinstance(v.left, ast.Name) and v.left.id == name:
                ups.append((v.op, name, v.right))
            elif isinstance(v.right, ast.Name) and v.right.id == name and isinstance(v.op, ast.Mult):
                ups.append((v.op, name, v.left))
            else:
                return False
        elif isinstance(node, (ast.For, ast.comprehension)) and any(
                isinstance(t, ast.Name) and t.id == name for t in ast.walk(node.target)):
            return False
    if not ups:
        return False
    for op, _, value in ups:
        const = isinstance(value, ast.Constant) and type(value.value) is int
        if isinstance(op, ast.Mult) and const and value.value > 1:
            continue
        if isinstance(op, ast.LShift) and const and value.value > 0:
            continue
        if isinstance(op, ast.Add) and isinstance(value, ast.Name) and value.id == name:
            continue
        return False
    return True


def doubled_up_to_a_limit(an, st):
    """size = 1; while size < n: size *= 2 -- a value the loop multiplies until it reaches a limit
    the loop does not change ends as large as that limit (the loop runs log n times, the value is
    about n), so a segment tree of 2 * size cells, or range(size), is n, not the loop's count."""
    test = st.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return
    op, left, right = test.ops[0], test.left, test.comparators[0]
    if isinstance(op, (ast.Lt, ast.LtE)):
        name, limit = left, right
    elif isinstance(op, (ast.Gt, ast.GtE)):
        name, limit = right, left
    else:
        return
    if not isinstance(name, ast.Name) or not _grows_by_multiplying(name.id, st.body):
        return
    changed = {t.id for node in ast.walk(ast.Module(body=st.body, type_ignores=[]))
               if isinstance(node, (ast.Assign, ast.AugAssign))
               for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
               for t in ast.walk(t) if isinstance(t, ast.Name)}
    if any(isinstance(x, ast.Name) and x.id in changed for x in ast.walk(limit)):
        return
    bound = an.magnitude(limit)
    if not bound.is_const():
        an.bump(name.id, bound.with_why("%s is multiplied up to %s (line %d)" % (
            _written(name.id), _written(ast.unparse(limit)), st.lineno)))


def shifted_over_log_passes(loop_mag):
    """x <<= 1 on each of log n passes doubles x log n times: x reaches n, not 2^n (the limit of a
    doubling loop, or a loop over a number's bits). None when the loop runs longer: 2^passes."""
    if loop_mag.deg == 0 and loop_mag.exp == 0 and not loop_mag.fact and loop_mag.lg == 1:
        return type(loop_mag)(1, 0, 0, 0, loop_mag.names)
    return None


def _range_stop_collection(it):
    """range(len(g)), range(1, len(g)), range(len(g) - 1): the collection whose length bounds the
    range, else None."""
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
            and 1 <= len(it.args) <= 2 and not it.keywords):
        return None
    stop = it.args[-1]
    if isinstance(stop, ast.BinOp) and isinstance(stop.op, ast.Sub) and isinstance(stop.right, ast.Constant):
        stop = stop.left
    if len(it.args) == 2 and not isinstance(it.args[0], ast.Constant):
        return None
    if isinstance(stop, ast.Call) and isinstance(stop.func, ast.Name) and stop.func.id == "len" \
            and len(stop.args) == 1:
        return stop.args[0]
    return None


def iterates_a_group(an, it):
    """An inner loop over one group of a collection of collections, reached through a name or an
    index range rather than written as `for v in adj[u]`: `for j in range(len(adj[u]))`,
    `lst = groups[k]; for v in lst`, `for k, lst in g.items(): for j in range(1, len(lst))`. The
    groups together hold each item once, so over the loop around they add up to the items, as the
    direct form already did (is_nested_part)."""
    while isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in (
            "sorted", "reversed", "list", "tuple", "enumerate") and it.args:
        it = it.args[0]
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and (
            len(it.args) == 1 or len(it.args) == 2 and isinstance(it.args[0], ast.Constant) and it.args[0].value == 0) \
            and at_most_a_count(an, it.args[-1]):
        # for _ in range(v) over the counts of a Counter, for _ in range(cnt[v]) over a counting
        # list's values (a counting sort's output): they add up to the items counted
        return True
    group = _range_stop_collection(it)
    if group is None:
        group = it
    if group is not it and an.is_nested_part(group):
        return True
    if not isinstance(group, ast.Name) or not an.enclosing_loops:
        return False
    if an.group_of_this_loop(group):
        return True
    loop = an.enclosing_loops[-1][0]
    if not isinstance(loop, ast.For):
        return False
    value = bound_once_in_loop(loop, group.id)
    return value is not None and an.is_nested_part(value) and _group_index_is_loop_target(value, loop)


def bound_once_in_loop(loop, name):
    """The value of `name = value` when that is the only binding of name in the loop's body (so
    every use of name in a pass sees what that pass assigned), else None."""
    binds = [node for node in ast.walk(ast.Module(body=loop.body, type_ignores=[]))
             if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension))
             and any(isinstance(t, ast.Name) and t.id == name
                     for tg in (node.targets if isinstance(node, ast.Assign) else [node.target])
                     for t in ast.walk(tg))]
    if len(binds) == 1 and isinstance(binds[0], ast.Assign) and len(binds[0].targets) == 1 \
            and isinstance(binds[0].targets[0], ast.Name):
        return binds[0].value
    return None


def _group_index_is_loop_target(value, loop):
    """groups[k] with k the loop's own variable: each pass takes another group."""
    while isinstance(value, ast.Call) and value.args:
        value = value.args[0]
    targets = {t.id for t in ast.walk(loop.target) if isinstance(t, ast.Name)}
    return isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Name) and value.slice.id in targets


def _appends_to(stmt, name):
    """`name.append(...)` as a statement: one item added."""
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) \
        and isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr == "append" \
        and isinstance(stmt.value.func.value, ast.Name) and stmt.value.func.value.id == name


def _items_added_per_pass(body, name):
    """How many items a loop body surely adds to `name` per pass: appends at its top level, and
    loops over a collection written out (`for c in "ab": new.append(s + c)`) times their appends."""
    count = 0
    for stmt in body:
        if _appends_to(stmt, name):
            count += 1
        elif isinstance(stmt, ast.For) and not stmt.orelse:
            it = stmt.iter
            size = len(it.value) if isinstance(it, ast.Constant) and isinstance(it.value, str) else (
                len(it.elts) if isinstance(it, (ast.List, ast.Tuple, ast.Set)) else 0)
            count += size * _items_added_per_pass(stmt.body, name)
    return count


def rebuilt_from_each_item(an, st):
    """nxt = []; for s in cur: nxt.append(s + '0'); nxt.append(s + '1'); cur = nxt -- the name is
    rebound to a list that a loop over its own items filled with two or more items per item: in a
    loop around, it at least doubles on every pass (2^n strings after n passes), as the
    comprehension form `cur = [s + c for s in cur for c in '01']` already did."""
    if not (len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) and isinstance(st.value, ast.Name)):
        return False
    name, fresh = st.targets[0].id, st.value.id
    if name == fresh:
        return False
    parents = getattr(an, "pyb_parents", None)
    if parents is None:
        parents = an.pyb_parents = {}
        for node in ast.walk(an.tree):
            for field in ("body", "orelse"):
                block = getattr(node, field, None)
                if isinstance(block, list):
                    for stmt in block:
                        parents[id(stmt)] = block
    block = parents.get(id(st))
    if block is None:
        return False
    before = block[:block.index(st)]
    started = any(isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
                  and s.targets[0].id == fresh and isinstance(s.value, ast.List) and not s.value.elts
                  for s in before)
    return started and any(isinstance(s, ast.For) and isinstance(s.iter, ast.Name) and s.iter.id == name
                           and _items_added_per_pass(s.body, fresh) >= 2 for s in before)


def select_k_cost(an, args, line):
    """heapq.nsmallest(k, xs) / nlargest keep a heap of k items while they scan xs: n log k, which
    is n log n when k is read from the input, and n when k is a constant."""
    m = an.magnitude(args[1])
    k = an.magnitude(args[0])
    if m.is_const() or k.is_const():
        return m
    lg = type(m)(0, 1, 0, 0, k.names)
    return (m * lg).with_why("the %s largest or smallest at line %d are kept in a heap" % (
        _written(ast.unparse(args[0])), line))


def telescoping_count(an, count):
    """'R' * (a - x) in `for a, b in sorted(points): ...; x = a`: a count that is the distance from
    the value the loop left in x to this pass's value, over items in sorted order, telescopes: the
    counts of all passes add up to the last value less the first, once over the loop, not the
    largest value on every pass. The total joins the loop's amortized work."""
    if not (isinstance(count, ast.BinOp) and isinstance(count.op, ast.Sub)
            and isinstance(count.right, ast.Name) and an.enclosing_loops and an.amortized):
        return False
    loop = an.enclosing_loops[-1][0]
    if not isinstance(loop, ast.For):
        return False
    new, old = ast.dump(count.left), count.right.id
    if not (_sort_key_leads(an, loop, count.left) or _stops_when_behind(loop, count.left, old)):
        return False
    catches_up = False
    for stmt in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
        if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for t in targets:
                if isinstance(t, ast.Name) and t.id == old:
                    if not isinstance(stmt, ast.Assign) or ast.dump(stmt.value) != new:
                        return False
                    catches_up = True
                elif isinstance(t, ast.Tuple) and isinstance(stmt.value, ast.Tuple) and len(t.elts) == len(
                        stmt.value.elts):
                    for te, ve in zip(t.elts, stmt.value.elts):
                        if isinstance(te, ast.Name) and te.id == old:
                            if ast.dump(ve) != new:
                                return False
                            catches_up = True
                elif any(isinstance(x, ast.Name) and x.id == old for x in ast.walk(t)):
                    return False
    if not catches_up:
        return False
    total = an.magnitude(count.left)
    if not total.is_const():
        an.amortized[-1].append(total.with_why(
            "the distances %s add up to one range over the sorted items (line %d)" % (
                _written(ast.unparse(count)), count.lineno)))
    return True


def _sorted_by_first(an, it):
    """The sequence is sorted on its items' first field: sorted(xs), xs.sort(), or a key whose value
    is the first field or starts with it (key=lambda t: (t[0], t[1]))."""
    def key_leads(keywords):
        for k in keywords:
            if k.arg == "reverse":
                return False
            if k.arg == "key":
                body = k.value.body if isinstance(k.value, ast.Lambda) else None
                if isinstance(body, ast.Tuple) and body.elts:
                    body = body.elts[0]
                return isinstance(body, ast.Subscript) and isinstance(body.slice, ast.Constant) \
                    and body.slice.value == 0
        return True
    while isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "list" and it.args:
        it = it.args[0]
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "sorted":
        return key_leads(it.keywords)
    if not isinstance(it, ast.Name):
        return False
    for node in an.nodes:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "sort" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == it.id:
            return key_leads(node.keywords)
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == it.id for t in node.targets) \
                and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name) \
                and node.value.func.id == "sorted":
            return key_leads(node.value.keywords)
    return False


def _sort_key_leads(an, loop, value):
    """value is the loop's item, or the first field of the items it unpacks, over a sequence sorted
    on that field: it never goes down from one pass to the next."""
    if not isinstance(value, ast.Name) or not _sorted_by_first(an, loop.iter):
        return False
    target = loop.target
    if isinstance(target, ast.Name):
        return target.id == value.id
    return isinstance(target, ast.Tuple) and target.elts and isinstance(target.elts[0], ast.Name) \
        and target.elts[0].id == value.id


def _stops_when_behind(loop, value, old):
    """if b < y: ...; break -- the loop leaves before a pass whose value is below the one it left
    in y, so the values it goes on with never go down."""
    for stmt in loop.body:
        if not (isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare) and len(stmt.test.ops) == 1):
            continue
        a, op, b = stmt.test.left, stmt.test.ops[0], stmt.test.comparators[0]
        behind = (isinstance(op, ast.Lt) and ast.dump(a) == ast.dump(value) and isinstance(b, ast.Name)
                  and b.id == old) or (isinstance(op, ast.Gt) and ast.dump(b) == ast.dump(value)
                                       and isinstance(a, ast.Name) and a.id == old)
        last = stmt.body[-1] if stmt.body else None
        leaves = isinstance(last, (ast.Break, ast.Return)) or (
            isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)
            and isinstance(last.value.func, (ast.Name, ast.Attribute))
            and (getattr(last.value.func, "id", None) or last.value.func.attr) in ("exit", "quit"))
        if behind and leaves:
            return True
    return False


def _counting_dicts(an):
    """Names of dictionaries that count: bound to Counter(...), or whose every write adds one to an
    entry (d[x] += 1, d[x] = d.get(x, 0) + 1). Their values add up to the number of items counted."""
    memo = getattr(an, "pyb_counting", None)
    if memo is not None:
        return memo
    counters, others, writes = set(), set(), {}
    for node in an.nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            v = node.value
            fn = v.func.attr if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) else (
                v.func.id if isinstance(v, ast.Call) and isinstance(v.func, ast.Name) else None)
            if fn == "Counter":
                counters.add(node.targets[0].id)
            elif (fn == "defaultdict" and len(v.args) == 1 and isinstance(v.args[0], ast.Name)
                  and v.args[0].id == "int") or (isinstance(v, ast.Dict) and not v.keys) or (
                    fn == "dict" and not v.args):
                writes.setdefault(node.targets[0].id, [])
            else:
                others.add(node.targets[0].id)
    for node in an.nodes:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else [])
        for t in targets:
            if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in writes:
                one = isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add) \
                    and isinstance(node.value, ast.Constant) and node.value.value == 1
                v = getattr(node, "value", None)
                got = isinstance(node, ast.Assign) and isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add) \
                    and isinstance(v.right, ast.Constant) and v.right.value == 1 and isinstance(v.left, ast.Call) \
                    and isinstance(v.left.func, ast.Attribute) and v.left.func.attr == "get"
                writes[t.value.id].append(one or got)
    memo = an.pyb_counting = {name for name in counters if name not in others} | {
        name for name, ok in writes.items() if ok and all(ok) and name not in others and name not in counters}
    return memo


def _count_name(an, name, loop):
    """name is a count of a counting dictionary the loop walks: v in `for k, v in c.items()`, or in
    `for v in c.values()`."""
    it, target = loop.iter, loop.target
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and isinstance(it.func.value, ast.Name)
            and it.func.value.id in _counting_dicts(an)):
        return False
    if it.func.attr == "values":
        return isinstance(target, ast.Name) and target.id == name
    return it.func.attr == "items" and isinstance(target, ast.Tuple) and len(target.elts) == 2 \
        and isinstance(target.elts[1], ast.Name) and target.elts[1].id == name


def _count_root(expr):
    """v in v, v // 2, v - 1, (v + 1) // 2, v >> 1: the name such a count is at most; else None."""
    while isinstance(expr, ast.BinOp) and isinstance(expr.right, ast.Constant) and isinstance(
            expr.op, (ast.FloorDiv, ast.Sub, ast.Add, ast.RShift)):
        if isinstance(expr.op, ast.Add) and not isinstance(expr.left, ast.Name):
            return None
        expr = expr.left
    return expr.id if isinstance(expr, ast.Name) else None


def counting_tables(tree):
    """Tables whose items only count (cnt[x] += 1, cnt[x]--): over a run their items add up to the
    number of counting steps, however the counts are spread."""
    written, counting = set(), set()
    for n in ast.walk(tree):
        targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
        for t in targets:
            if isinstance(t, ast.Subscript):
                base = t.value
                if not isinstance(base, ast.Name):
                    continue
                written.add(base.id)
                if isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Add, ast.Sub)) \
                        and isinstance(n.value, ast.Constant) and n.value.value == 1:
                    counting.add(base.id)
                else:
                    written.add("!" + base.id)
    return {t for t in counting if "!" + t not in written}


def _count_item(an, expr, loop):
    """cnt[v] with cnt a table that only counts and v the counter of the loop (not rebound in its
    body): the count the loop's pass reads for its own key."""
    if not (isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name) and isinstance(expr.slice, ast.Name)
            and isinstance(loop.target, ast.Name) and expr.slice.id == loop.target.id):
        return False
    tables = getattr(an, "counting_lists", None)
    if tables is None:
        tables = an.counting_lists = counting_tables(an.tree)
    if expr.value.id not in tables:
        return False
    # Only a name the body binds counts: `g[v] = [0] * cnt[v]` stores at the counter, it does not
    # rebind it (the packed adjacency lists of Java templates: one array of deg[v] items per v).
    return not any(isinstance(n, (ast.Assign, ast.For)) and any(
        isinstance(x, ast.Name) and isinstance(x.ctx, ast.Store) and x.id == loop.target.id
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) for x in ast.walk(t))
        for b in loop.body for n in ast.walk(b))


def _repeat_count(arg):
    """The count of [k] * v or 'ab' * v; else None."""
    if not (isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mult)):
        return None
    return arg.right if isinstance(arg.left, (ast.List, ast.Constant)) else (
        arg.left if isinstance(arg.right, (ast.List, ast.Constant)) else None)


def _env_loop(an):
    """The innermost loop of the environment's pass, which knows its loops by id (an.env_stack)."""
    if not an.env_stack:
        return None
    loops = getattr(an, "pyb_loops", None)
    if loops is None:
        loops = an.pyb_loops = {id(n): n for n in an.nodes if isinstance(n, ast.For)}
    return loops.get(an.env_stack[-1][0])


def _counts_of(an, expr, loop):
    """Whether expr is a count the loop's pass reads from a table that counts, at most: a value of a
    counting dictionary the loop walks (`for k, v in c.items()`: v) or the item of a counting list
    at the loop's counter (`for v in range(m)`: cnt[v]). Over the loop such counts add up to the
    number of counting steps, whichever table holds them."""
    if expr is None or loop is None or not isinstance(loop, ast.For):
        return False
    if _count_item(an, expr, loop):
        return True
    root = _count_root(expr)
    return root is not None and _count_name(an, root, loop)


def at_most_a_count(an, expr):
    """v, v // 2, v - 1, (v + 1) // 2 with v a count the innermost loop walks: at most that count.
    The counts of a Counter add up to the items counted, so work of that size on every pass adds
    up to n over the loop, not n times n."""
    return bool(an.enclosing_loops) and _counts_of(an, expr, an.enclosing_loops[-1][0])


def counted_repeat(an, count):
    """[k] * v, str(k) * v over the counts of a Counter: the repeats add up to the items counted."""
    if not (an.amortized and at_most_a_count(an, count)):
        return False
    total = an.magnitude(count)
    if not total.is_const():
        an.amortized[-1].append(total.with_why("the counts at line %d add up to the items counted" % count.lineno))
    return True


def groups_sized_by_counts(an, st):
    """`g[v] = [0] * deg[v]` in `for v in range(n)`, deg a table that only counts: one array per v,
    as long as v's count (the packed adjacency lists of Java templates, `g[i] = new int[deg[i]]`,
    filled by index afterwards). The groups together hold the items counted, so g is a collection of
    collections, as one filled by `g[u].append(v)` is: the name of g, else None."""
    if not (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Subscript)
            and isinstance(st.targets[0].value, ast.Name) and an.env_stack):
        return None
    count = _repeat_count(st.value)
    loop = next((x for x in an.nodes if id(x) == an.env_stack[-1][0]), None)
    if count is None or not isinstance(loop, ast.For) or not _count_item(an, count, loop) \
            or not (isinstance(st.targets[0].slice, ast.Name) and st.targets[0].slice.id == count.slice.id):
        return None
    return st.targets[0].value.id


def counted_extend(an, arg):
    """xs.extend([k] * v) in `for k, v in c.items()` (c a Counter), for the environment's pass: the
    pieces add up to the items counted, so xs grows to n over the loop, not to the loop's passes
    times the largest count."""
    return _counts_of(an, _repeat_count(arg), _env_loop(an))


def counted_piece(an, arg):
    """xs.extend([k] * v) over the counts of a Counter: copying the piece adds up to n in all."""
    count = _repeat_count(arg)
    return count is not None and counted_repeat(an, count)


def env_counted_range(an, it):
    """for _ in range(v) directly inside `for k, v in c.items()` (c a Counter), for the pass of the
    environment: what it collects grows to n over the loop around, as for v in adj[u] does."""
    return isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
        and len(it.args) == 1 and _counts_of(an, it.args[0], _env_loop(an))


def token_item(an, node):
    """One token of the input read at once (data = sys.stdin.read().split()): words[i] where words
    is that token list or a slice of it (words = data[1:n + 1]). Like a line read on its own, a
    token is part of the input: searching it costs its length, which all tokens share out."""
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
            "strip", "lower", "upper"):
        node = node.func.value
    if not (isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice)
            and isinstance(node.value, ast.Name)):
        return False
    lists = an.token_lists[0]
    name = node.value.id
    if name in lists:
        return True
    binds = [n for n in an.nodes if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For))
             and any(isinstance(t, ast.Name) and t.id == name
                     for tg in (n.targets if isinstance(n, ast.Assign) else [n.target]) for t in ast.walk(tg))]
    if len(binds) != 1 or not isinstance(binds[0], ast.Assign):
        return False
    v = binds[0].value
    return isinstance(v, ast.Subscript) and isinstance(v.slice, ast.Slice) and isinstance(v.value, ast.Name) \
        and v.value.id in lists


def _fixed_list(v):
    """[0, 0], [0] * 3, [x, y, z]: a list of a size written in the program."""
    if isinstance(v, (ast.List, ast.Tuple)):
        return bool(v.elts) and not any(isinstance(e, ast.Starred) for e in v.elts)
    return isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mult) and isinstance(v.left, ast.List) \
        and v.left.elts and isinstance(v.right, ast.Constant) and type(v.right.value) is int


def _fixed_rows(an, name):
    """A table whose rows all have a size written in the program: dp = [[0] * 3 for _ in range(n)]
    (or [[0, 0] for ...], [[0] * 2] * n), whose rows are replaced only by such lists or copies of
    its rows, and which grows only by such rows."""
    memo = getattr(an, "pyb_fixed_rows", None)
    if memo is None:
        memo = an.pyb_fixed_rows = {}
    if name in memo:
        return memo[name]
    ok, bound = True, False
    for node in an.nodes:
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name) and t.id == name:
                    v = node.value
                    if isinstance(node, ast.Assign) and isinstance(v, ast.ListComp) and _fixed_list(v.elt):
                        bound = True
                    elif isinstance(node, ast.Assign) and isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mult) \
                            and isinstance(v.left, ast.List) and len(v.left.elts) == 1 and _fixed_list(v.left.elts[0]):
                        bound = True
                    else:
                        ok = False
                elif isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == name:
                    v = node.value if isinstance(node, ast.Assign) else None
                    copy = v is not None and (
                        (isinstance(v, ast.Subscript) and isinstance(v.slice, ast.Slice)
                         and isinstance(v.value, ast.Subscript) and isinstance(v.value.value, ast.Name)
                         and v.value.value.id == name)
                        or (isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "list"
                            and len(v.args) == 1 and isinstance(v.args[0], ast.Subscript)
                            and isinstance(v.args[0].value, ast.Name) and v.args[0].value.id == name))
                    if not (v is not None and (_fixed_list(v) or copy)):
                        ok = False
                elif isinstance(t, (ast.Tuple, ast.List)) and any(
                        isinstance(x, ast.Name) and x.id == name for x in ast.walk(t)):
                    ok = False
        elif isinstance(node, (ast.For, ast.comprehension)) and any(
                isinstance(x, ast.Name) and x.id == name for x in ast.walk(node.target)):
            ok = False
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == name \
                and node.func.attr in ("append", "extend", "insert", "__setitem__"):
            if not (node.func.attr == "append" and len(node.args) == 1 and _fixed_list(node.args[0])):
                ok = False
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Subscript) and isinstance(node.func.value.value, ast.Name) \
                and node.func.value.value.id == name and node.func.attr in (
                    "append", "extend", "insert", "pop", "remove", "clear"):
            ok = False  # a row that grows or shrinks: dp[i].append(x)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            args = node.args
            if any(a.arg == name for a in args.posonlyargs + args.args + args.kwonlyargs):
                ok = False
    memo[name] = ok and bound
    return memo[name]


def fixed_row_magnitude(an, node):
    """dp[i] of a table whose rows have a size written in the program holds that many items, a
    constant: max(dp[i - 1]) is O(1), not a scan of n. None when the rule has nothing to say; the
    numbers in the rows (dp[i][j]) keep the general reading."""
    if not isinstance(node, ast.Subscript) or isinstance(node.slice, ast.Slice):
        return None
    if isinstance(node.value, ast.Name):
        return type(an.magnitude(node.slice))() if _fixed_rows(an, node.value.id) else None
    inner = node.value
    if isinstance(inner, ast.Subscript) and not isinstance(inner.slice, ast.Slice) \
            and isinstance(inner.value, ast.Name) and _fixed_rows(an, inner.value.id):
        # A number in a row: as large as an item of the table, as any item read from a collection.
        m = an.magnitude(inner.value)
        if m.is_const():
            return m
        return type(m)(1, 0, 0, 0, ("n",)) if m.deg >= 1 or m.exp else m
    return None


def _without_constant_terms(e):
    """min(n, i + 9) + 1 -> min(n, i + 9): a number written in the code added to or taken from a
    clamp moves both of its sides alike (range(i + 1, min(n, i + 9) + 1) is the inclusive loop
    `for (j = i + 1; j <= Math.min(n, i + 9); j++)`), so the window keeps its constant width."""
    while isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Sub)) and isinstance(e.right, ast.Constant) \
            and type(e.right.value) is int:
        e = e.left
    return e


def clamped_window(an, lo, hi):
    """range(max(0, i - 2), i + 1), a[max(0, i - k):i + 1] (k a constant), and the same with the end
    clamped (min(n, i + 3)): the clamp only shortens a window whose width the program writes, so it
    holds a constant number of items whatever i is. A range walked downwards gives its ends in the
    other order, the clamp moved by one (Java's `for (x = n; x >= Math.max(1, n - 200); x--)` is
    range(n, max(1, n - 200) - 1, -1)): the window is the same."""
    if lo is None or hi is None:
        return False
    lo, hi = _without_constant_terms(lo), _without_constant_terms(hi)
    return _clamped_pair(an, lo, hi) or _clamped_pair(an, hi, lo)


def _clamped_pair(an, lo, hi):
    los = lo.args if isinstance(lo, ast.Call) and isinstance(lo.func, ast.Name) and lo.func.id == "max" else [lo]
    his = hi.args if isinstance(hi, ast.Call) and isinstance(hi.func, ast.Name) and hi.func.id == "min" else [hi]
    if len(los) == 1 and len(his) == 1:
        return False  # no clamp: the general rules decide
    return any(an.differ_by_constant(a, b) for a in los for b in his)


def _window_loop(an, name):
    """The `range(a, b)` of the loop around whose counter is `name`, when that range is a window of
    constant width (range(i + 1, min(n, i + 9) + 1), range(i, i + 4)); None otherwise."""
    for loop, _ in reversed(an.enclosing_loops):
        if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and loop.target.id == name:
            it = loop.iter
            if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" \
                    and len(it.args) == 2 and (clamped_window(an, it.args[0], it.args[1])
                                               or an.differ_by_constant(it.args[0], it.args[1])):
                return it
            return None
    return None


def slice_of_a_window(an, slc):
    """s[i:j] with j the counter of a window loop `for j in range(i + 1, min(n, i + 9) + 1)` (the
    Java `s.substring(i, j)` for j up to i + 9): j never gets more than a constant past the window's
    start, which is the slice's other end give or take a constant, so the slice copies a constant
    number of items however long s is."""
    for end, other in ((slc.upper, slc.lower), (slc.lower, slc.upper)):
        if isinstance(end, ast.Name) and other is not None:
            window = _window_loop(an, end.id)
            if window is not None and an.differ_by_constant(other, window.args[0]):
                return True
    return False


def sorted_line_cost(an, arg):
    """sorted(s) with s a line of the input read on each pass (or a token of it): the line's length
    is shared out as reading it is (O(1) per line amortized), and sorting its characters adds a
    log factor, so the loop over the lines is n log n, not n times n log n. None otherwise."""
    if not (an.is_line_item(arg) or token_item(an, arg)):
        return None
    m = an.magnitude(arg)
    if m.is_const():
        return None
    return type(m)(0, 1, 0, 0, m.names).with_why("sorting one line of the input at line %d" % arg.lineno)


def of_a_line(an, expr):
    """sorted(s), reversed(s), list(s) or s itself, with s a line of the input read on each pass
    (or a token of it): its characters, whose number reading the line already paid for."""
    while isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in (
            "sorted", "reversed", "list") and len(expr.args) == 1:
        expr = expr.args[0]
    return an.is_line_item(expr) or token_item(an, expr)


def covers_past_a_high_mark(an, st):
    """if x > last: for j in range(last + 1, x + 1): ...; last = x -- an inner loop over the values
    between a mark and this pass's value, where the mark only ever rises to that value (set under a
    test that it rises, or as max(last, x)). The ranges of all passes do not overlap, so together
    they cover the values up to the largest once: the loop around pays the largest value once, not
    on every pass. A mark that can fall back (last = x whatever x is) repeats ranges and is left to
    the general reading."""
    if not (an.enclosing_loops and isinstance(st, ast.For) and isinstance(st.iter, ast.Call)
            and isinstance(st.iter.func, ast.Name) and st.iter.func.id == "range" and len(st.iter.args) == 2):
        return False
    mark = _name_plus_constant(st.iter.args[0])
    if mark is None:
        return False
    stop = st.iter.args[1]
    around = an.enclosing_loops[-1][0]
    sets = []
    for node in ast.walk(ast.Module(body=around.body, type_ignores=[])):
        if isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension, ast.NamedExpr)) \
                and any(isinstance(x, ast.Name) and x.id == mark for x in ast.walk(node.target)):
            return False
        if isinstance(node, ast.Assign) and any(isinstance(x, ast.Name) and x.id == mark
                                                for t in node.targets for x in ast.walk(t)):
            if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
                return False
            sets.append(node)
    if not sets:
        return False
    for node in sets:
        value = _raised_value(node.value, mark)
        if value is None:
            guard = _guarding_test(around, node)
            if guard is None or not _rises(guard, node.value, mark):
                return False
            value = node.value
        if _name_plus_constant(stop, ast.dump(value)) is None and ast.dump(stop) != ast.dump(value):
            return False
    return True


def _name_plus_constant(e, key=None):
    """m, m + c, m - c (c an int written in the program): the name m (or, with key, whether the
    non-constant part dumps to key: x + 1 against x)."""
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Sub)) and isinstance(e.right, ast.Constant) \
            and type(e.right.value) is int:
        e = e.left
    if key is not None:
        return e if ast.dump(e) == key else None
    return e.id if isinstance(e, ast.Name) else None


def _raised_value(value, mark):
    """max(mark, x) / max(x, mark): x, the value the mark rises to; None for anything else."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "max" \
            and len(value.args) == 2 and not value.keywords:
        a, b = value.args
        if isinstance(a, ast.Name) and a.id == mark:
            return b
        if isinstance(b, ast.Name) and b.id == mark:
            return a
    return None


def _guarding_test(root, target):
    """The test of the innermost `if` of root's body whose body holds target, else None."""
    found = None
    stack = [(s, None) for s in root.body]
    while stack:
        node, test = stack.pop()
        if node is target:
            found = test
            break
        if isinstance(node, ast.If):
            stack.extend((s, node.test) for s in node.body)
            stack.extend((s, None) for s in node.orelse)
        elif isinstance(node, (ast.For, ast.While, ast.With, ast.Try)):
            for field in ("body", "orelse", "finalbody"):
                stack.extend((s, test) for s in getattr(node, field, []))
            for h in getattr(node, "handlers", []):
                stack.extend((s, test) for s in h.body)
    return found


def _rises(test, value, mark):
    """x > mark, x >= mark, mark < x, mark <= x (possibly one of an `and`): the assignment under this
    test raises the mark to x."""
    tests = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    key = ast.dump(value)
    for t in tests:
        if isinstance(t, ast.Compare) and len(t.ops) == 1:
            a, op, b = t.left, t.ops[0], t.comparators[0]
            if isinstance(op, (ast.Gt, ast.GtE)) and ast.dump(a) == key and isinstance(b, ast.Name) and b.id == mark:
                return True
            if isinstance(op, (ast.Lt, ast.LtE)) and ast.dump(b) == key and isinstance(a, ast.Name) and a.id == mark:
                return True
    return False


def _drained_entry(test):
    """c[k] in `while c[k] > 0`, `while c[k] >= 1`, `while c[k]`: the entry the loop runs down; else None."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.comparators[0], ast.Constant):
        bound, op = test.comparators[0].value, test.ops[0]
        if not ((isinstance(op, ast.Gt) and bound == 0) or (isinstance(op, ast.GtE) and bound == 1)):
            return None
        test = test.left
    if isinstance(test, ast.Subscript) and isinstance(test.value, ast.Name) and isinstance(test.slice, ast.Name):
        return test
    return None


def _one_step(node, name):
    """d[x] += 1, d[x] -= 1 or d[x] = d.get(x, 0) + 1 on the dictionary name: a count moved by one."""
    if isinstance(node, ast.AugAssign):
        return isinstance(node.op, (ast.Add, ast.Sub)) and isinstance(node.value, ast.Constant) \
            and node.value.value == 1
    v = node.value
    return isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add) and isinstance(v.right, ast.Constant) \
        and v.right.value == 1 and isinstance(v.left, ast.Call) and isinstance(v.left.func, ast.Attribute) \
        and v.left.func.attr == "get" and isinstance(v.left.func.value, ast.Name) and v.left.func.value.id == name


def _tally_taken_from(an, name):
    """A dictionary bound once to {}, dict(), defaultdict(int) or Counter(...) whose entries only move
    by one (+= 1, -= 1, = d.get(x, 0) + 1): what is taken from it is at most what was counted into it."""
    binds, steps = 0, True
    for node in an.nodes:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else [])
        for t in targets:
            if isinstance(t, ast.Name) and t.id == name:
                v = node.value
                fn = _call_name_of(v)
                binds += 1
                steps = steps and ((isinstance(v, ast.Dict) and not v.keys) or (fn == "dict" and not v.args) or (
                    fn == "defaultdict" and len(v.args) == 1 and isinstance(v.args[0], ast.Name)
                    and v.args[0].id == "int") or fn == "Counter")
            elif isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == name:
                steps = steps and _one_step(node, name)
    return binds == 1 and steps


def _call_name_of(v):
    """f in f(...) or m.f(...); else None."""
    if not isinstance(v, ast.Call):
        return None
    return v.func.attr if isinstance(v.func, ast.Attribute) else (v.func.id if isinstance(v.func, ast.Name) else None)


def drains_a_count(an, st):
    """while c[k] > 0: ...; c[k] -= 1 with c a tally (a Counter, a dictionary or list whose items only
    move by one): every pass takes one from a count, and the counts add up to the items counted, so
    over the whole program (whatever loop is around it, over the keys in sorted order or over the items) the passes
    add up to n, not to the outer loop's passes times the largest count."""
    entry = _drained_entry(st.test)
    if entry is None:
        return False
    tables = getattr(an, "counting_lists", None)
    if tables is None:
        tables = an.counting_lists = counting_tables(an.tree)
    name = entry.value.id
    if not (name in _counting_dicts(an) or name in tables or _tally_taken_from(an, name)):
        return False
    # The take must be the body's only write into c: a body that also adds to c (c[k + 1] += 1, a
    # carry) feeds its own passes, and they no longer add up to the items counted.
    takes = [n for b in st.body for n in ast.walk(b) if isinstance(n, (ast.AugAssign, ast.Assign)) and any(
        isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == entry.value.id
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    return len(takes) == 1 and isinstance(takes[0], ast.AugAssign) and ast.dump(takes[0].target.slice) == ast.dump(
        entry.slice) and isinstance(takes[0].op, ast.Sub) and isinstance(takes[0].value, ast.Constant) \
        and takes[0].value.value == 1 and not any(
            isinstance(n, (ast.Assign, ast.For)) and any(
                isinstance(x, ast.Name) and isinstance(x.ctx, ast.Store) and x.id == entry.slice.id
                for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) for x in ast.walk(t))
            for b in st.body for n in ast.walk(b))
