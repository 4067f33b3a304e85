"""Rules about how far a loop walks (issue 15, eighth round): walks along links (v = p[v]) and the
marks they leave, passes repeated until nothing changes, passes that write and read one collection,
and loop variables set through a temporary. Kept out of
static_analyzer.py, which is long already. Each function reads the syntax tree the analyzer reads (Python's own, or the one the
lowering makes of a Java, C++ or JavaScript program) and answers a question the analyzer asks; the
analyzer turns the answer into a cost, so this module needs nothing of it but `ast`."""
import ast


def _names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _chain_base(value, name):
    """The collection `value` reads at `name` (p[v], p[v] - 1, up[v][0]), or None."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub)) \
            and isinstance(value.right, ast.Constant):
        value = value.left  # v = p[v] - 1: 1-based links
    base, keys = value, set()
    while isinstance(base, ast.Subscript):
        keys |= _names(base.slice)
        base = base.value
    if value is not base and isinstance(base, ast.Name) and name in keys:
        return base.id
    return None


def starts_on_another_table(tree, loop, walked):
    """e = head[u]; while e != -1: ...; e = nxt[e] -- a walk that starts at the item of another
    table is one of the lists that share the link table (the edges of u in a graph stored as head,
    next and to arrays): all those lists together hold each link once, so one walk is an item's
    share of the links, not the whole table."""
    for block in _blocks(tree):
        if loop in block:
            for st in reversed(block[:block.index(loop)]):
                if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                        and st.targets[0].id in _names(loop.test):
                    v = st.value
                    while isinstance(v, ast.Subscript):
                        v = v.value
                    return isinstance(st.value, ast.Subscript) and isinstance(v, ast.Name) and v.id not in walked
            return False
    return False


def _blocks(tree):
    for n in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(n, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                yield block


def chain_step_collections(test, updates):
    """while v != -1: v = p[v] -- a loop that moves its condition's variable only to the item of a
    collection at that variable (a parent, a next pointer, a permutation) follows a chain through
    that collection: it can visit each item once before the chain ends or repeats, so it runs up to
    the collection's length, not a constant number of times. Swapping two walkers (`t = a; a = b;
    b = t` to lift the deeper of two nodes) keeps them on their chains. Returns the collections
    walked (empty when some condition variable the body changes moves any other way)."""
    cond = _names(test)
    walked = set()
    for name in cond:
        for kind, _, value in updates.get(name, ()):
            if kind != "set":
                return set()
            base = _chain_base(value, name)
            if base is not None:
                walked.add(base)
            elif not isinstance(value, ast.Name):
                return set()
    return walked


def chain_marked_tables(loop):
    """do { seen[j] = true; j = p[j]; } while (j != i) -- tables a walk along links marks at every
    item it passes (a constant written at the walker). Started only from unmarked items (`if
    (seen[i]) continue;` before it), such walks together pass each item once: the cycles of a
    permutation, the chains of a functional graph."""
    # The walker is what decides the end: a name of the loop's test, or of an `if ...: break` in it
    # (`while True: ...; if j == i: break`, a do-while as Python writes it).
    tested = _names(loop.test)
    for n in ast.walk(loop):
        if isinstance(n, ast.If) and any(isinstance(b, ast.Break) for b in n.body):
            tested |= _names(n.test)
    walkers = set()
    for n in ast.walk(loop):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            name = n.targets[0].id
            if name in tested and _chain_base(n.value, name) is not None:
                walkers.add(name)
    out = set()
    for n in ast.walk(loop):
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant):
            for t in n.targets:
                if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and _names(t.slice) & walkers \
                        and _names(t.slice) <= walkers:
                    out.add(t.value.id)
    return out


def until_nothing_changes(loop):
    """while (changed) { changed = false; for (...) if (...) { ...; changed = true; } } -- passes
    repeated until one changes nothing (bubble sort, relaxation): the flag is reset at the top of each
    pass and set only inside a loop of the pass, so the loop runs as many passes as the items can
    move, up to the input's size, not a constant number."""
    test = loop.test
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
    if not isinstance(test, ast.Name):
        return False
    flag = test.id
    reset = any(isinstance(st, ast.Assign) and any(isinstance(t, ast.Name) and t.id == flag for t in st.targets)
                and isinstance(st.value, ast.Constant) for st in loop.body)
    inner = False
    for st in loop.body:
        for n in ast.walk(st):
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == flag for t in n.targets):
                if not isinstance(n.value, ast.Constant):
                    return False
                if n is not st and isinstance(st, (ast.For, ast.While)):
                    inner = True
    return reset and inner


def items_written_and_read(body, callee_body):
    """The collections a loop's pass writes an item of (t[i] = x, t[i] += 1) and those it reads an
    item of, following the functions it calls (`callee_body(call)` gives a called function's body, or
    None), and the names the pass itself binds afresh. A collection a pass both writes and reads,
    made before the loop, carries what one pass did to the next: updates and queries on one
    structure (a board's columns, a Fenwick tree, a union-find's parents), not independent cases."""
    written, read, rebound = set(), set(), set()
    for b in body:
        for n in ast.walk(b):
            if isinstance(n, ast.Assign):
                rebound.update(t.id for t in n.targets if isinstance(t, ast.Name))
    seen = set()
    stack = list(body)
    while stack:
        for n in ast.walk(stack.pop()):
            if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name):
                (read if isinstance(n.ctx, ast.Load) else written).add(n.value.id)
            elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Subscript) \
                    and isinstance(n.target.value, ast.Name):
                written.add(n.target.value.id)
            elif isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id not in seen:
                called = callee_body(n)
                if called is not None:
                    seen.add(n.func.id)
                    stack.extend(called)
    return written, read, rebound


def through_temporaries(updates, cond_names, is_midpoint):
    """long r = a % b; a = b; b = r; -- Euclid's step written through a temporary (Java and C++ have no
    tuple assignment). A condition variable set to a name that the pass sets once, and only there,
    is set to that name's value: b = a % b, which the analyzer reads as Euclid's halving (the bare
    `b = r` looked like a step of unknown size, so the loop was taken for a constant one). Returns
    the updates with such values put in place (the same dict when nothing changes). A midpoint
    (`mid = (lo + hi) / 2; lo = mid`) stays a name: the binary-search rule reads it so.
    The names a condition variable copies count too: in `t = x + y; x = y; y = t` (Fibonacci
    numbers without tuple assignment) x copies y, and y's value is x + y, which sum_recurrence
    reads as the pair's growth."""
    out = None
    copied = {value.id for name in cond_names for kind, _, value in updates.get(name, ())
              if kind == "set" and isinstance(value, ast.Name)}
    for name in set(cond_names) | copied:
        for i, (kind, op, value) in enumerate(updates.get(name, ())):
            if kind != "set" or not isinstance(value, ast.Name) or value.id in cond_names:
                continue
            temp = updates.get(value.id, ())
            if len(temp) != 1 or temp[0][0] != "set" or isinstance(temp[0][2], ast.Name) or is_midpoint(temp[0][2]):
                continue
            if out is None:
                out = {k: list(v) for k, v in updates.items()}
            out[name][i] = ("set", None, temp[0][2])
    return out if out is not None else updates
