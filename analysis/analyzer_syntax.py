"""Helpers of the static analyzer over the Python syntax tree: names, targets, calls, what a loop resets
or reads, which names are a scope's locals, straight-line blocks and rebindings. They read the tree
only; the analyzer (static_analyzer.py) and its parts ask them.
"""

import ast


INPUT_FUNCS = {"input", "raw_input"}
MUTATING_METHODS = {"append", "add", "appendleft", "insert", "extend", "update", "pop", "popleft", "remove",
                    "discard", "setdefault"}
# Module functions over a sorted list or a heap given as their first argument: those that change it
# and those that read it (heappop does both).
# The calls that add one item to the list they are given first (module functions, not methods).
# heapq.heappush through the module is left out: a heap pushed to only while it holds fewer than k
# items, then popped before each push, holds k (Python program 110 of the dev set, labelled n log n,
# scans it with nsmallest); what caps a heap at a size read from the input is not modelled yet
# (capped_heap knows constant caps), so only the bare heappush grows a heap, as before.
_ADDS_TO_FIRST_ARGUMENT = ("insort", "insort_left", "insort_right")
SORTED_HEAP_WRITES = {"insort", "insort_left", "insort_right", "heappush", "heappop", "heapreplace", "heappushpop"}
SORTED_HEAP_READS = {"bisect", "bisect_left", "bisect_right", "heappop", "heapreplace", "heappushpop", "nsmallest",
                     "nlargest"}
INPUT_ATTRS = {"readline", "readlines", "read", "buffer"}
HASH_CTORS = {"set", "dict", "frozenset", "Counter", "defaultdict", "OrderedDict"}
LOG_FUNCS = {"heappush", "heappop", "heapreplace", "heappushpop", "bisect", "bisect_left",
             "bisect_right", "insort", "insort_left", "insort_right", "gcd", "lcm", "pow",
             "bit_length", "log", "log2", "log10", "isqrt"}


def call_name(node):
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def base_name(node):
    """The variable a subscript/attribute chain starts from: a[i][j].x -> a."""
    while isinstance(node, (ast.Subscript, ast.Attribute, ast.Starred)):
        node = node.value
    if isinstance(node, ast.Name):
        return node.id
    return None


def target_names(t):
    if isinstance(t, ast.Name):
        return [t.id]
    if isinstance(t, (ast.Tuple, ast.List)):
        out = []
        for e in t.elts:
            out += target_names(e)
        return out
    if isinstance(t, ast.Starred):
        return target_names(t.value)
    return []


EMPTY_CTORS = {"set", "dict", "list", "deque", "defaultdict", "Counter", "OrderedDict", "bytearray"}


def is_empty_container(node):
    """[], {}, set(), deque(), defaultdict(list), [0] * 26: a fresh collection of constant size."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return all(is_constant_expr(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(v is not None and is_constant_expr(v) for v in node.values)
    if isinstance(node, ast.Call) and call_name(node) in EMPTY_CTORS and not node.keywords:
        return not node.args or call_name(node) == "defaultdict"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and isinstance(node.left, ast.List):
        return is_constant_expr(node)
    return False


def assigned_pairs(target, value):
    """The (target, value) pairs of one assignment target: a, b = x, y pairs them item by item;
    anything else is the one pair."""
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts):
        return list(zip(target.elts, value.elts))
    return [(target, value)]


def names_the_input_stream(node):
    """sys.stdin, sys.argv or a bare `stdin` (from sys import stdin): the program's input itself."""
    return isinstance(node, ast.Attribute) and node.attr in ("stdin", "argv") \
        or isinstance(node, ast.Name) and node.id == "stdin"


def loop_resets(body, stack=(), out=None):
    """Names set to a fresh empty collection directly in a loop's body, with the loops around that
    point: whatever the loop body adds to it is gone at the next iteration."""
    out = {} if out is None else out
    for st in body:
        if isinstance(st, ast.Assign) and stack:
            for t in st.targets:
                for te, ve in assigned_pairs(t, st.value):
                    if isinstance(te, ast.Name) and is_empty_container(ve):
                        out.setdefault(te.id, set()).add(stack)
    loop_resets_nested(body, stack, out)
    return out


def loop_resets_nested(body, stack, out):
    """The loops in body and the blocks of its statements, searched for resets (loop_resets). Inside
    an if or try a reset does not happen every iteration; only loops further in count."""
    for st in body:
        if isinstance(st, (ast.For, ast.AsyncFor, ast.While)):
            loop_resets(st.body, stack + (id(st),), out)
        elif isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
            loop_resets(st.body, (), out)
        else:
            for field in ("body", "orelse", "finalbody"):
                block = getattr(st, field, None)
                if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                    loop_resets_nested(block, stack, out)
            for h in getattr(st, "handlers", []) or []:
                loop_resets_nested(h.body, stack, out)


def is_constant_expr(node):
    for sub in ast.walk(node):
        if isinstance(sub, (ast.Name, ast.Call, ast.Attribute, ast.Subscript)):
            return False
    return True


def bisects(value, obj):
    """bisect_left(s, x), bisect.bisect(s, x): a binary search in obj."""
    return isinstance(value, ast.Call) and call_name(value) in ("bisect", "bisect_left", "bisect_right") \
        and bool(value.args) and ast.dump(value.args[0]) == ast.dump(obj)


def on_standard_stream(call):
    """sys.stdin.readline(), sys.stdout.write(...): reading or writing the standard streams, even
    when a fast-input template wraps them in a class of its own with methods of the same names
    (which buffer the same input)."""
    obj = call.func.value if isinstance(call.func, ast.Attribute) else None
    if isinstance(obj, ast.Name):
        return obj.id in ("stdin", "stdout", "stderr")  # from sys import stdin
    return isinstance(obj, ast.Attribute) and obj.attr in ("stdin", "stdout", "stderr") \
        and isinstance(obj.value, ast.Name) and obj.value.id == "sys"


def reads_input(node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            name = call_name(sub)
            if name in INPUT_FUNCS:
                return True
            if isinstance(sub.func, ast.Attribute) and name in INPUT_ATTRS:
                return True
        if names_the_input_stream(sub):
            return True
    return False


def free_names(body, beside_output=False):
    """Names read in a block, leaving out those only read inside a comprehension that binds them
    (for _ in range(t): a = [int(_) for _ in input().split()] does not use the outer _). With
    beside_output, a name only printed (print("Case #%d:" % case, ans)) is not counted either: it
    labels the output without taking part in the work."""
    out = set()

    def visit(node, bound):
        if beside_output and isinstance(node, ast.Call) and call_name(node) in ("print", "write"):
            visit(node.func, bound)
            for a in list(node.args) + [k.value for k in node.keywords]:
                printed(a, bound)
            return
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = set(bound)
            for g in node.generators:
                visit(g.iter, inner)
                inner |= set(target_names(g.target))
                for cond in g.ifs:
                    visit(cond, inner)
            for field in ("elt", "key", "value"):
                sub = getattr(node, field, None)
                if sub is not None:
                    visit(sub, inner)
            return
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in bound:
            out.add(node.id)
        for child in ast.iter_child_nodes(node):
            visit(child, bound)

    def printed(node, bound):
        # Inside what is printed, only names used to compute a value count (an index, a call).
        if isinstance(node, ast.Name):
            return
        if isinstance(node, (ast.Subscript, ast.Call)):
            visit(node, bound)
            return
        for child in ast.iter_child_nodes(node):
            printed(child, bound)

    for st in body:
        visit(st, frozenset())
    return out


SCOPE_MARK = "'"


def shown(name):
    """A variable's name as written (scope_locals gives locals a suffix after SCOPE_MARK)."""
    return name.split(SCOPE_MARK, 1)[0]


def scope_locals(tree):
    """Give every function's local variables names of their own (x'1, x'2): the analyzer's sizes
    are per name and flow-insensitive, so an `x` in a helper function must not lend its size to an
    `x` in the main program. Names declared global or nonlocal, and names bound by def, class and
    import, keep their spelling; a nested function sees its enclosing function's locals."""
    counter = [0]
    scopes = []
    # Functions and lambdas outside any function: their free names are module names.
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            scopes.append((node, {}))
            continue
        stack.extend(ast.iter_child_nodes(node))
    while scopes:
        f, outer = scopes.pop()
        a = f.args
        params = [x for x in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg] if x is not None]
        if isinstance(f, ast.Lambda):
            # A lambda's parameters shadow; its body is one expression with no other bindings.
            own = {x.arg for x in params}
            mapping = {k: v for k, v in outer.items() if k not in own}
            body = [f.body]
        else:
            mapping = None
            body = f.body
        names, nested = [], []
        bound, fixed = {x.arg for x in params}, set()
        work = list(body)
        while work:
            node = work.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                fixed.add(node.name)
                work.extend(node.decorator_list)
                if isinstance(node, ast.ClassDef):
                    work.extend(node.bases)
                    work.extend(node.body)
                else:
                    work.extend(node.args.defaults)
                    work.extend(d for d in node.args.kw_defaults if d is not None)
                    nested.append(node)
                continue
            if isinstance(node, ast.Lambda):
                work.extend(node.args.defaults)
                nested.append(node)
                continue
            if isinstance(node, ast.Name):
                names.append(node)
                if isinstance(node.ctx, ast.Store):
                    bound.add(node.id)
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                fixed.update(node.names)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                fixed.update((x.asname or x.name).split(".")[0] for x in node.names)
            work.extend(ast.iter_child_nodes(node))
        if mapping is None:
            counter[0] += 1
            mapping = dict(outer)
            for name in bound - fixed:
                mapping[name] = name + SCOPE_MARK + str(counter[0])
            for x in params:
                x.arg = mapping.get(x.arg, x.arg)
        for n in names:
            if n.id in mapping:
                n.id = mapping[n.id]
        for g in nested:
            scopes.append((g, mapping))


def straight_line_blocks(tree):
    """The blocks that run once from top to bottom: the program's, each function's, and the body of
    `if __name__ == "__main__":` at the top level (the program itself, behind the guard)."""
    guarded = [st.body for st in tree.body if isinstance(st, ast.If) and isinstance(st.test, ast.Compare)
               and any(isinstance(n, ast.Name) and n.id == "__name__" for n in ast.walk(st.test))]
    return [tree.body] + guarded + [f.body for f in ast.walk(tree)
                                    if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]


def split_rebindings(tree):
    """Give a name rebound in straight-line code a name per binding (r = bin(r)[2:] makes the
    number r and its text of log r bits two names): sizes are per name and flow-insensitive, so
    one name bound to a number and later to its bits would keep the number's size. Only names
    bound by plain assignments at the top level of the program (or of its `__main__` guard) or of a
    function body (or of a loop body, for names each pass binds afresh: fresh_in_each_pass) are
    split, and only when no loop, branch or nested function binds them before their last such
    assignment (bindings after it belong to the last name); global and nonlocal names are kept."""
    blocks = straight_line_blocks(tree)
    declared = {name for n in ast.walk(tree) if isinstance(n, (ast.Global, ast.Nonlocal)) for name in n.names}

    def assigned(st):
        # The Name nodes a top-level `x = ...` / `a, x = ...` binds.
        if not isinstance(st, ast.Assign) or any(isinstance(n, ast.NamedExpr) for n in ast.walk(st.value)):
            return []
        return [n for t in st.targets for n in ast.walk(t)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]

    loops = [(loop.body, loop) for loop in ast.walk(tree)
             if isinstance(loop, (ast.For, ast.While)) and not loop.orelse]
    for block, loop in [(b, None) for b in blocks] + loops:
        top = {}
        for k, st in enumerate(block):
            for n in assigned(st):
                if not top.get(n.id) or top[n.id][-1] != k:
                    top.setdefault(n.id, []).append(k)
        candidates = {x for x, ks in top.items() if len(ks) >= 2 and x not in declared}
        if candidates and loop is not None:
            candidates &= fresh_in_each_pass(tree, loop)
        if not candidates:
            continue
        for st in block:
            inner = [n for n in ast.walk(st) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                              ast.ClassDef, ast.Lambda))]
            for f in inner:
                candidates -= {n.id for n in ast.walk(f) if isinstance(n, ast.Name)}
        for i, st in enumerate(block):
            if assigned(st):
                continue
            # A comprehension's variables are its own (Python 3): they rebind nothing outside.
            own = {id(t) for g in ast.walk(st) if isinstance(g, ast.comprehension) for t in ast.walk(g.target)}
            for n in ast.walk(st):
                if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load) and id(n) not in own \
                        and n.id in candidates and (isinstance(n.ctx, ast.Del) or i < top[n.id][-1]):
                    candidates.discard(n.id)
        for x in candidates:
            ks = top[x]
            for j, k in enumerate(ks[1:], start=1):
                new = x + SCOPE_MARK + "r" + str(j)
                for n in assigned(block[k]):
                    if n.id == x:
                        n.id = new
                nxt = ks[j + 1] if j + 1 < len(ks) else len(block)
                # Up to the next binding, whose value (not its target) still reads this one.
                for i in range(k + 1, min(nxt + 1, len(block))):
                    skip = {id(n) for n in assigned(block[i])} if i == nxt else set()
                    for n in ast.walk(block[i]):
                        if isinstance(n, ast.Name) and n.id == x and id(n) not in skip:
                            n.id = new


def fresh_in_each_pass(tree, loop):
    """Names a loop's body binds by a plain assignment at its top level before anything in the body
    reads them, and that nothing outside the loop mentions: each pass starts them afresh (s = input()
    ... s = s.split() in one test case), so the body is straight-line code for them, as a function's
    is, and split_rebindings may give each of their bindings a name of its own."""
    inside = {id(n) for n in ast.walk(loop) if n is not loop}
    outside = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in inside}
    outside |= {n.id for n in ast.walk(loop.target if isinstance(loop, ast.For) else loop.test)
                if isinstance(n, ast.Name)}
    fresh, seen = set(), set()
    for st in loop.body:
        stores = []
        if isinstance(st, ast.Assign):
            loads = {n.id for n in ast.walk(st.value) if isinstance(n, ast.Name)}
            stores = [n.id for t in st.targets for n in ast.walk(t)
                      if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
            seen |= loads | {n.id for t in st.targets for n in ast.walk(t)
                             if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Store)}
        else:
            seen |= {n.id for n in ast.walk(st) if isinstance(n, ast.Name)}
        fresh |= {x for x in stores if x not in seen and x not in outside}
        seen |= set(stores)
    return fresh


def spell_out_constant_remainders(blocks):
    """k %= 26 at the top level of the program or of a function is k = k % 26: a new binding whose
    value is below a constant, so split_rebindings gives it its own name and size (a loop over
    range(k) after it is constant), where an augmented assignment would keep the size k was read
    with. Inside loops and branches nothing changes: those are not split anyway."""
    for block in blocks:
        for i, st in enumerate(block):
            if isinstance(st, ast.AugAssign) and isinstance(st.op, ast.Mod) and isinstance(st.target, ast.Name) \
                    and isinstance(st.value, ast.Constant) and isinstance(st.value.value, int):
                value = ast.BinOp(left=ast.Name(id=st.target.id, ctx=ast.Load()), op=ast.Mod(), right=st.value)
                block[i] = ast.copy_location(ast.Assign(targets=[ast.Name(id=st.target.id, ctx=ast.Store())],
                                                        value=ast.copy_location(value, st)), st)
                ast.fix_missing_locations(block[i])


def spell_out_clamps(blocks):
    """if n > 20: n = 20 at the top level of the program or of a function is n = min(n, 20): a new
    binding no larger than the cap, which split_rebindings gives its own name and size; the
    analysis is flow-insensitive and would not narrow n inside the branch. Only a lone assignment
    of the compared bound, without an else."""
    for block in blocks:
        for i, st in enumerate(block):
            if not (isinstance(st, ast.If) and not st.orelse and len(st.body) == 1
                    and isinstance(st.body[0], ast.Assign) and len(st.body[0].targets) == 1
                    and isinstance(st.body[0].targets[0], ast.Name)
                    and isinstance(st.test, ast.Compare) and len(st.test.ops) == 1):
                continue
            name = st.body[0].targets[0].id
            value = st.body[0].value
            left, op, right = st.test.left, st.test.ops[0], st.test.comparators[0]
            if isinstance(op, (ast.Lt, ast.LtE)):
                left, right = right, left
            elif not isinstance(op, (ast.Gt, ast.GtE)):
                continue
            if not (isinstance(left, ast.Name) and left.id == name and ast.dump(right) == ast.dump(value)):
                continue
            call = ast.Call(func=ast.Name(id="min", ctx=ast.Load()),
                            args=[ast.Name(id=name, ctx=ast.Load()), value], keywords=[])
            block[i] = ast.copy_location(ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())],
                                                    value=ast.copy_location(call, st)), st)
            ast.fix_missing_locations(block[i])


def range_step(loop):
    """The step of `for x in range(...)` when it is a nonzero integer written out (1 when omitted),
    else None: the counter then takes a new value on every pass."""
    it = loop.iter
    if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and isinstance(it, ast.Call)
            and isinstance(it.func, ast.Name) and it.func.id == "range" and 1 <= len(it.args) <= 3):
        return None
    if len(it.args) < 3:
        return 1
    step = it.args[2]
    if isinstance(step, ast.UnaryOp) and isinstance(step.op, ast.USub) and isinstance(step.operand, ast.Constant):
        value = step.operand.value
        return -value if isinstance(value, int) and value else None
    return step.value if isinstance(step, ast.Constant) and isinstance(step.value, int) and step.value else None


def short_slice(slc):
    """s[:2], s[3:5], s[-2:], s[i:i + 3]: a slice whose length its bounds fix at a constant, so it
    copies a constant number of items however long the sequence is. s[1:] and s[1:-1] are not."""
    def const(e):
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
            e = e.operand
            return -e.value if isinstance(e, ast.Constant) and isinstance(e.value, int) else None
        return e.value if isinstance(e, ast.Constant) and isinstance(e.value, int) \
            and not isinstance(e.value, bool) else None

    if slc.step is not None and const(slc.step) is None:
        return False
    lo = None if slc.lower is None else const(slc.lower)
    hi = None if slc.upper is None else const(slc.upper)
    if slc.lower is None and hi is not None:
        return hi >= 0
    if slc.upper is None and lo is not None:
        return lo < 0
    if lo is not None and hi is not None:
        return (lo >= 0) == (hi >= 0)
    up = slc.upper
    if (slc.lower is None or (lo is not None and lo >= 0)) and isinstance(up, ast.Call) \
            and isinstance(up.func, ast.Name) and up.func.id == "min" \
            and any(const(x) is not None and const(x) >= 0 for x in up.args):
        return True  # s[:min(n, 5)], a[0:min(n, 5)]: at most five items
    if slc.lower is not None and isinstance(up, ast.BinOp) and isinstance(up.op, ast.Add) \
            and const(up.right) is not None and ast.dump(up.left) == ast.dump(slc.lower):
        return True
    return False


def names_in(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def updates_of_items(body):
    """Names whose items a block assigns (p[x] = ...)."""
    return {base_name(t) for b in body for n in ast.walk(b) if isinstance(n, ast.Assign)
            for t in n.targets if isinstance(t, ast.Subscript)} - {None}


def end_line(node):
    return getattr(node, "end_lineno", None) or node.lineno
