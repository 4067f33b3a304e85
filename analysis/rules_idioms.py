"""Rules of the static analyzer for idioms the ninth round's Java probes found, shared by every
language (issue 15): the count of a `while (true)` loop left when a counter reaches its bound or
whose branches all leave, the code after a first self-call on the same line, bounds given by a
number's bit length, a text grown on every pass of a loop, and parameters every call fills with one
constant.

Kept apart from static_analyzer.py, which is long already; each function looks at the syntax tree only
(the standard `ast` module), so it serves every language lowered into the same tree.
"""
import ast
import copy


def exit_counter_steps(test, rest):
    """while True: if i == 4: break ... i += 1 -- whether an exit test at the top of a `while True`
    body names a counter the other statements of the body step by a constant at their own top level
    (i += 1, i -= 2, i = i + 1). Then the loop runs as `while not test` does: as long as the counter
    takes to reach the test's bound (4 passes here, n for `if i == n`), not once over the input until
    some break. A test on values read or computed in the pass (if x == 0: break) has no such
    counter and keeps the general reading."""
    named = {n.id for n in ast.walk(test) if isinstance(n, ast.Name)}
    for st in rest:
        if isinstance(st, ast.AugAssign) and isinstance(st.op, (ast.Add, ast.Sub)) \
                and isinstance(st.target, ast.Name) and st.target.id in named \
                and isinstance(st.value, ast.Constant) and type(st.value.value) is int:
            return True
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                and st.targets[0].id in named and isinstance(st.value, ast.BinOp) \
                and isinstance(st.value.op, (ast.Add, ast.Sub)) and isinstance(st.value.left, ast.Name) \
                and st.value.left.id == st.targets[0].id and isinstance(st.value.right, ast.Constant) \
                and type(st.value.right.value) is int:
            return True
    return False


def _source_order(node):
    """node and what it holds, depth first in field order: the order the code is written in, also
    between the statements of one line (a Java method written on one line lowers to one line number)."""
    out = [node]
    for child in ast.iter_child_nodes(node):
        out.extend(_source_order(child))
    return out


def after_first_self_call(f):
    """The ids of the nodes of function f written after its first call of itself: on a later line,
    or on the line of that call in a statement that follows the call's own statement. An empty set
    when f never calls itself. The merge of a merge sort written on the line of its recursive calls
    (`sort(l, m); sort(m + 1, r); while (i <= m && j <= r) ...`) is then read after the calls, as it
    is when written on lines of its own; the parts of the call's own statement keep their line's
    reading (before it)."""
    order = _source_order(f)
    calls = [k for k, n in enumerate(order) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
             and n.func.id == f.name and getattr(n, "lineno", 0)]
    if not calls:
        return set()
    first = min(calls, key=lambda k: (order[k].lineno, k))
    line = order[first].lineno
    # The innermost statement holding the call ends where its subtree ends in the order.
    holder = max((k for k in range(first) if isinstance(order[k], ast.stmt)
                  and any(x is order[first] for x in ast.walk(order[k]))), default=first)
    end = holder + len(_source_order(order[holder]))
    return {id(n) for k, n in enumerate(order) if getattr(n, "lineno", 0) > line
            or (getattr(n, "lineno", 0) == line and k >= end)}


def _bit_length_of(node):
    """The name whose bit length node is: n.bit_length(), or len(bin(n)) (the length of its binary
    text, what Java's Long.toBinaryString(n).length() and 64 - Long.numberOfLeadingZeros(n) lower to)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "bit_length" \
            and not node.args and isinstance(node.func.value, ast.Name):
        return node.func.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len" \
            and len(node.args) == 1 and isinstance(node.args[0], ast.Call) \
            and isinstance(node.args[0].func, ast.Name) and node.args[0].func.id == "bin" \
            and len(node.args[0].args) == 1 and isinstance(node.args[0].args[0], ast.Name):
        return node.args[0].args[0]
    return None


def names_only_bit_lengths(test):
    """Names a loop condition reads only through their bit length (while i < n.bit_length(), or
    i < len(bin(n)) - 2, what `i < 64 - Long.numberOfLeadingZeros(n)` lowers to): the limit is log n,
    not n itself."""
    measured, skip = set(), set()
    for sub in ast.walk(test):
        name = _bit_length_of(sub)
        if name is not None:
            measured.add(name.id)
            skip.add(id(name))
    other = {sub.id for sub in ast.walk(test) if isinstance(sub, ast.Name) and id(sub) not in skip}
    return measured - other



def _blocks_of(tree):
    """Every statement's place: id(statement) -> (the list of statements holding it, its index, the
    statement or node whose block that list is)."""
    out = {}
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody", "handlers"):
            block = getattr(node, field, None)
            if isinstance(block, list):
                for k, st in enumerate(block):
                    out[id(st)] = (block, k, node)
    return out


def _fresh_since(an, st, name):
    """The loop (its id) whose pass last sets `name` afresh before st runs (name = "" or any value
    not made from name itself, in a block that holds st or one of the statements around it), or
    None when the reset is outside every loop or there is none."""
    blocks = getattr(an, "_javc_blocks", None)
    if blocks is None:
        blocks = an._javc_blocks = _blocks_of(an.tree)
    node = st
    while id(node) in blocks:
        block, k, holder = blocks[id(node)]
        for earlier in block[:k]:
            if isinstance(earlier, ast.Assign) and len(earlier.targets) == 1 \
                    and isinstance(earlier.targets[0], ast.Name) and earlier.targets[0].id == name \
                    and name not in {n.id for n in ast.walk(earlier.value) if isinstance(n, ast.Name)}:
                # the loop this block belongs to, the nearest one around it
                up = holder
                while up is not None and not isinstance(up, (ast.For, ast.While, ast.AsyncFor)):
                    if isinstance(up, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)) or id(up) not in blocks:
                        return None
                    up = blocks[id(up)][2]
                return id(up) if up is not None else None
        if isinstance(holder, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)):
            return None
        node = holder
    return None


def text_grown_in_loop(an, st, loop_mag, cdiv):
    """s = s + piece, s = piece + s or s += piece on a text inside a loop: the text grows by a piece
    on every pass, to as many characters as the loop has passes (it kept the size of its first value,
    so copying it, `s = c + s`, looked O(1), and the program's space too). Sizes only: what the
    statement costs stays the analyzer's (s += piece extends in place in CPython)."""
    if loop_mag.is_const():
        return
    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
            and isinstance(st.value, ast.BinOp) and isinstance(st.value.op, ast.Add) and any(
                isinstance(side, ast.Name) and side.id == st.targets[0].id for side in (st.value.left, st.value.right)):
        name = st.targets[0].id
    elif isinstance(st, ast.AugAssign) and isinstance(st.op, ast.Add) and isinstance(st.target, ast.Name):
        name = st.target.id
    else:
        return
    if an.kind.get(name) != "str":
        return
    # Set afresh in a pass of an outer loop (ans = "" before the loop that prepends digits): it
    # grows only over the loops inside that pass.
    fresh = _fresh_since(an, st, name)
    ids = [i for i, _ in an.env_stack]
    if fresh in ids:
        loop_mag = cdiv(loop_mag, an.env_stack[ids.index(fresh)][1])
    an.bump(name, loop_mag)




def _short_text_items(an, name):
    """Whether every item ever put into the list `name` is a short piece of text (str(i), a literal,
    a character): it starts empty or as a comprehension of such pieces, and grows only by
    append(piece) or += [piece]. Anything else that binds it (the tokens of an input line, a copy of
    another list) says nothing about its items' lengths."""
    asking = an.__dict__.setdefault("_short_text_lists_asked", set())
    if name in asking:
        return False  # its items are made from its own items: no proof they stay short
    asking.add(name)
    try:
        built = False
        for node in an.nodes:
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                v = node.value
                if isinstance(v, ast.List) and not v.elts:
                    continue
                if not (isinstance(v, ast.ListComp) and _short_piece(an, v.elt)):
                    return False
                built = True
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
                if not (isinstance(node.value, ast.List) and all(_short_piece(an, e) for e in node.value.elts)):
                    return False
                built = True
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == name \
                    and node.func.attr in ("append", "insert", "extend"):
                if node.func.attr == "extend" or not node.args or not _short_piece(an, node.args[-1]):
                    return False
                built = True
        return built
    finally:
        asking.discard(name)


def _short_piece(an, node):
    """A piece of text of O(1) characters whatever the input: the analyzer's own reading, or an item
    of a list of such pieces."""
    if isinstance(node, ast.Name) and an.kind.get(node.id) not in ("str", "seq", "hash", "int"):
        return item_of_short_texts(an, node)
    return an.piece_length(node).is_const()


def _lists_walked_by(an, var):
    """The lists a loop variable walks (for p in parts): their names, or [] when some loop binding
    var walks anything but a named list."""
    lists = []
    for node in an.nodes:
        if isinstance(node, (ast.For, ast.comprehension)) and isinstance(node.target, ast.Name) \
                and node.target.id == var:
            if not isinstance(node.iter, ast.Name):
                return []
            lists.append(node.iter.id)
    return lists


def item_of_short_texts(an, node):
    """for p in parts: s += p -- whether the name p only ever walks lists of short pieces of text
    (parts built by parts.append(str(i))): then each piece adds O(1) characters, not as many as the
    list has items. A loop variable took its list's size before, so joining n numbers' texts one by
    one read as O(n^2)."""
    lists = _lists_walked_by(an, node.id)
    return bool(lists) and all(_short_text_items(an, b) for b in lists)

def _constant_names(tree):
    """Names the program binds exactly once, to a number or to arithmetic on such names (MOD =
    1000000007, M2 = MOD - 2), and never changes."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name):
                        bound.setdefault(n.id, []).append(node.value if t is n else None)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and isinstance(node.target, ast.Name):
            bound.setdefault(node.target.id, []).extend([None, None])
        elif isinstance(node, (ast.For, ast.comprehension)):
            for n in ast.walk(node.target):
                if isinstance(n, ast.Name):
                    bound.setdefault(n.id, []).extend([None, None])
        elif isinstance(node, ast.arg):
            bound.setdefault(node.arg, []).extend([None, None])
    out = set()
    changed = True
    while changed:
        changed = False
        for name, values in bound.items():
            if name not in out and len(values) == 1 and values[0] is not None \
                    and _constant_number(values[0], out):
                out.add(name)
                changed = True
    return out


def _constant_number(e, names):
    if isinstance(e, ast.Constant):
        return type(e.value) in (int, float)
    if isinstance(e, ast.Name):
        return e.id in names
    if isinstance(e, ast.BinOp):
        return _constant_number(e.left, names) and _constant_number(e.right, names)
    if isinstance(e, ast.UnaryOp):
        return _constant_number(e.operand, names)
    return False


def constant_number_params(an, funcs):
    """Parameters of the program's functions that every call from outside the function fills with a
    number written in the program (pw(x, MOD - 2, MOD) with MOD = 1000000007): the exponent of a
    modular inverse is a constant, so square-and-multiply over it is O(1), not log n. Calls of the
    function from inside itself pass on what it was given (e // 2, e - 1), no larger."""
    memo = getattr(an, "_javc_const_params", None)
    if memo is not None:
        return memo
    out = set()
    if not funcs:
        return out
    an._javc_const_params = out
    inside = {}
    for f in funcs.values():
        for n in ast.walk(f):
            if isinstance(n, ast.Call):
                inside.setdefault(id(n), set()).add(f.name)
    calls, called, loads = {}, set(), {}
    for n in ast.walk(an.tree):
        if isinstance(n, ast.Call):
            called.add(id(n.func))
            if isinstance(n.func, ast.Name) and n.func.id in funcs and n.func.id not in inside.get(id(n), ()):
                calls.setdefault(n.func.id, []).append(n)
        elif isinstance(n, ast.Name) and n.id in funcs and isinstance(n.ctx, ast.Load):
            loads.setdefault(n.id, []).append(n)
    names = None
    for name, f in funcs.items():
        positional = f.args.posonlyargs + f.args.args
        if f.args.vararg or f.args.kwonlyargs or f.args.defaults or not calls.get(name):
            continue
        # handed around as a value (key=f, map(f, ...)): it has calls we cannot see
        if any(id(n) not in called for n in loads.get(name, ())):
            continue
        if any(c.keywords or len(c.args) != len(positional) for c in calls[name]):
            continue
        for k, p in enumerate(positional):
            if names is None:
                names = _constant_names(an.tree)
            if all(_constant_number(c.args[k], names) for c in calls[name]):
                out.add((name, p.arg))
    return out


def always_exits(stmts):
    """Whether a block always leaves the loop around it: it ends in break, return, raise or a call
    that ends the program (`System.exit(0)` lowers to `exit()`: `if (n == 1) { print(steps);
    System.exit(0); }` leaves a `while (true)` as a return would), or in an if whose branches both
    always do (`if (k > 0) break; else { print(c); break; }`). What runs before the exit runs once,
    on the way out."""
    if not stmts:
        return False
    last = stmts[-1]
    if isinstance(last, (ast.Break, ast.Return, ast.Raise)) or ends_program(last):
        return True
    return isinstance(last, ast.If) and always_exits(last.body) and always_exits(last.orelse)


# The calls that end the whole program: Python's exit(), quit(), sys.exit(), os._exit(), and what
# Java's System.exit and C++'s exit lower to.
_PROGRAM_ENDS = ("exit", "quit", "_exit")


def ends_program(st):
    """Whether a statement is a call that ends the program (`exit()`, `sys.exit(0)`)."""
    if not (isinstance(st, ast.Expr) and isinstance(st.value, ast.Call)):
        return False
    func = st.value.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return name in _PROGRAM_ENDS


def exits_after_chain(st):
    """`if a: ... elif b: ... else: print(x); return` -- an if/elif chain whose last else always
    leaves the loop and whose other branches never do: the loop goes on while one of the earlier
    tests holds. Returns (the test that keeps it going, the chain without its leaving else), or
    None. (The chain of one test, `if a: ... else: break`, is count_by_exit's own first case.)"""
    tests, node = [], st
    while isinstance(node, ast.If) and not always_exits(node.body):
        tests.append(node.test)
        if len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
            node = node.orelse[0]
        elif node.orelse and always_exits(node.orelse):
            break
        else:
            return None
    else:
        return None
    if len(tests) < 2:
        return None
    kept = copy.deepcopy(st)
    last = kept
    for _ in range(len(tests) - 1):
        last = last.orelse[0]
    last.orelse = []
    return ast.BoolOp(op=ast.Or(), values=tests), kept


def loop_ended_by_flag(st):
    """`while (!done) { n /= 3; if (n == 0) done = true; }` -- a loop whose test is a lone flag that
    its body sets, only in ifs at the top level of the body and only to the value that ends it, runs
    as `while True` left by a break in those ifs (one more partial pass is the same cost): returned
    so, for count_by_exit to count by the exits' tests. None for any other loop."""
    test = st.test
    negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    flag = test.operand if negated else test
    if not isinstance(flag, ast.Name):
        return None
    ending = ast.Constant(value=bool(negated))

    def sets_flag(node):
        return isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == flag.id for t in node.targets)

    def ends(node):
        return sets_flag(node) and len(node.targets) == 1 and isinstance(node.value, ast.Constant) \
            and node.value.value == ending.value
    body, found = [], False
    for sub in st.body:
        if isinstance(sub, ast.If) and sub.body and ends(sub.body[-1]) and not sub.orelse:
            sub = ast.If(test=sub.test, body=sub.body[:-1] + [ast.Break()], orelse=[])
            found = True
        body.append(sub)
    stray = [n for n in ast.walk(ast.Module(body=body, type_ignores=[])) if sets_flag(n) or (
        isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id == flag.id)]
    if not found or stray:
        return None
    return ast.copy_location(ast.While(test=ast.Constant(value=True), body=body, orelse=[]), st)


def breaks_past_its_start(an, loop):
    """for j in range(i + 1, n): if j - i > 30: break -- a range loop counting up from a start
    that is not a constant, which breaks once the counter is a constant past that start (j - i > C,
    j > i + C) ahead of any continue: a constant number of passes whatever its stop. The start's
    names must not change inside the loop."""
    it = loop.iter
    if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and isinstance(it, ast.Call)
            and isinstance(it.func, ast.Name) and it.func.id == "range" and len(it.args) == 2):
        return False
    j, start = loop.target.id, it.args[0]
    changed = {t.id for st in loop.body for n in ast.walk(st)
               for t in (n.targets if isinstance(n, ast.Assign) else [getattr(n, "target", None)])
               if isinstance(n, (ast.Assign, ast.AugAssign, ast.For)) and isinstance(t, ast.Name)}
    if j in changed or {n.id for n in ast.walk(start) if isinstance(n, ast.Name)} & changed:
        return False
    for st in loop.body:
        if isinstance(st, ast.If) and st.body and isinstance(st.body[-1], ast.Break):
            parts = st.test.values if isinstance(st.test, ast.BoolOp) and isinstance(st.test.op, ast.Or) \
                else [st.test]
            if any(_past_start_by_constant(an, p, j, start) for p in parts):
                return True
        if any(isinstance(x, (ast.Continue, ast.Break)) for x in ast.walk(st)) \
                and not isinstance(st, (ast.For, ast.While)):
            return False
    return False


def larger_and_smaller(test):
    """The sides of one comparison by order, (larger, smaller): a > b, a >= b, b < a, b <= a all
    give (a, b). None for any other test."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if isinstance(op, (ast.Lt, ast.LtE)):
        return right, left
    if isinstance(op, (ast.Gt, ast.GtE)):
        return left, right
    return None


def _past_start_by_constant(an, test, j, start):
    """j - i > C, j - i >= C, C < j - i, j > i + C: the counter ahead of the start (i, or i + 1 as
    the range starts) by at least a constant."""
    sides = larger_and_smaller(test)
    if sides is None:
        return False
    left, right = sides
    if isinstance(left, ast.BinOp) and isinstance(left.op, ast.Sub) and isinstance(left.left, ast.Name) \
            and left.left.id == j:
        return an.differ_by_constant(left.right, start) and an.magnitude(right).is_const()
    return isinstance(left, ast.Name) and left.id == j and an.differ_by_constant(right, start)
