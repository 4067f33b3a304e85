"""Narrowing a value by the branch that guards it (issue 15, eighth round).

The analysis sizes every name once for the whole program (flow-insensitive), so `n` keeps the size
it was read with inside `if n < 27:`, where it is at most 27. This pass writes that bound into the
code before the analysis: inside a region where a test bounds n by a number written in the program,
every read of n becomes min(n, C), which is the same value there, so the meaning of the program is
unchanged and a loop over range(n) or while x < n inside the region costs O(1). The regions are the
body of `if n < C` (and of a conjunction holding it), the else of `if n > C` (and of a disjunction
holding it), and the rest of a block after `if n > C: ...; exit()` (or return, break, continue,
raise) up to the next binding of n. A region that binds n itself is left alone, and so is code
defined there (functions, lambdas, classes), which runs later."""

import ast

_GUARD_EXITS = {"exit", "quit", "_exit"}


def _guard_int(e):
    """The integer a constant expression written in the program stands for (27, 10 ** 6, 2 * 10 ** 5,
    1 << 20, -1), else None."""
    if isinstance(e, ast.Constant):
        return e.value if type(e.value) is int else None
    if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
        v = _guard_int(e.operand)
        return None if v is None else -v
    if isinstance(e, ast.BinOp):
        a, b = _guard_int(e.left), _guard_int(e.right)
        if a is None or b is None:
            return None
        if isinstance(e.op, ast.Add):
            return a + b
        if isinstance(e.op, ast.Sub):
            return a - b
        if isinstance(e.op, ast.Mult):
            return a * b
        if isinstance(e.op, ast.Pow) and 0 <= b <= 64:
            return a ** b
        if isinstance(e.op, ast.LShift) and 0 <= b <= 64:
            return a << b
    return None


def _guard_bounds(test, holds):
    """{name: C} for the names the test bounds above by a constant C when it evaluates to `holds`."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _guard_bounds(test.operand, not holds)
    if isinstance(test, ast.BoolOp):
        # a and b true: both hold; a or b false: neither holds. The other cases bound nothing.
        if isinstance(test.op, ast.And) == holds:
            out = {}
            for v in test.values:
                for name, c in _guard_bounds(v, holds).items():
                    out[name] = min(c, out.get(name, c))
            return out
        return {}
    if not isinstance(test, ast.Compare):
        return {}
    out = {}
    items = [test.left] + list(test.comparators)
    for left, op, right in zip(items, test.ops, items[1:]):
        if not holds and len(test.ops) > 1:
            break  # a chain that fails says only that one of its links fails
        if isinstance(op, (ast.Gt, ast.GtE)):
            left, right = right, left
            op = ast.Lt() if isinstance(op, ast.Gt) else ast.LtE()
        if holds:
            below = isinstance(op, (ast.Lt, ast.LtE, ast.Eq))
        else:
            # not (C < n) is n <= C; written the other way round above
            below = False
            if isinstance(op, (ast.Lt, ast.LtE)):
                left, right = right, left
                below = True
            elif isinstance(op, ast.NotEq):
                below = True
        if not below:
            continue
        for name, const in ((left, right), (right, left)) if isinstance(op, (ast.Eq, ast.NotEq)) else ((left, right),):
            c = _guard_int(const)
            if isinstance(name, ast.Name) and c is not None:
                out[name.id] = min(c, out.get(name.id, c))
    return out


def _guard_binds(node, names):
    """Does the code bind one of the names (assignment, loop target, with, import, walrus, del)?"""
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)) and n.id in names:
            return True
        if isinstance(n, (ast.Global, ast.Nonlocal)) and names & set(n.names):
            return True
    return False


def _guard_leaves(body):
    """Does the block end by leaving what follows it (exit(), sys.exit(), return, break, continue,
    raise)?"""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, (ast.Return, ast.Break, ast.Continue, ast.Raise)):
        return True
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
        f = last.value.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        return name in _GUARD_EXITS
    return False


_GUARD_LATER = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _guard_clamp_statement(st, bounds):
    """Rewrite the reads of the bounded names in one statement, in place: min(n, C), or C itself in
    a while loop's test (the analysis sizes such a loop by every name its test reads, min(n, C) or
    not, and while x < n runs no more passes than while x < C there). Code defined in the statement
    (functions, lambdas, classes) runs later, when n may have changed, and is left alone."""
    stack = [(st, False)]
    while stack:
        node, in_test = stack.pop()
        for field, value in ast.iter_fields(node):
            children = value if isinstance(value, list) else [value]
            for k, child in enumerate(children):
                if not isinstance(child, ast.AST) or isinstance(child, _GUARD_LATER):
                    continue
                if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load) and child.id in bounds:
                    c = ast.Constant(value=bounds[child.id])
                    if not in_test:
                        c = ast.Call(func=ast.Name(id="min", ctx=ast.Load()), args=[child, c], keywords=[])
                    c = ast.fix_missing_locations(ast.copy_location(c, child))
                    if isinstance(value, list):
                        value[k] = c
                    else:
                        setattr(node, field, c)
                    continue
                stack.append((child, in_test or (isinstance(node, ast.While) and field == "test")))


def _guard_small(bounds):
    # Only a number small enough that min(n, C) reads as constant work (the analyzer's own limit).
    return {x: c for x, c in bounds.items() if abs(c) < 10 ** 6}


def _guard_clamp(block, bounds):
    if not bounds:
        return
    for st in block:
        _guard_clamp_statement(st, bounds)


def narrow_in_guarded_branches(tree):
    guards = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.stmt, ast.Module, ast.ExceptHandler)):
            continue  # only statements hold blocks
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list):
                guards.extend((block, i) for i, st in enumerate(block) if isinstance(st, ast.If))
    for block, i in guards:
        st = block[i]
        inside = _guard_small(_guard_bounds(st.test, True))
        _guard_clamp(st.body, {x: c for x, c in inside.items() if not any(_guard_binds(s, {x}) for s in st.body)})
        outside = _guard_small(_guard_bounds(st.test, False))
        _guard_clamp(st.orelse, {x: c for x, c in outside.items() if not any(_guard_binds(s, {x}) for s in st.orelse)})
        if st.orelse or not _guard_leaves(st.body):
            continue
        for x, c in outside.items():
            for j in range(i + 1, len(block)):
                if _guard_binds(block[j], {x}):
                    break
                _guard_clamp_statement(block[j], {x: c})
