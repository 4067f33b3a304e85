"""Rules of the static analyzer about how a while loop's test variables change (issue 15, ninth
round): a value set by a conditional expression changes by one of its branches on each pass
(`n = n // 2 if n % 2 == 0 else n - 1` halves or steps), and `n = n - 1` walks a counter down as
`n -= 1` does. They read the syntax tree only, so this file can come first in the bundled
script."""

import ast


def branch_updates(updates):
    """updates ({name: [(kind, op, value)]}) with each `x = a if c else b` written as two updates,
    `x = a` and `x = b`: a pass takes one of them, so the loop's count follows from what the two do
    (both halve: log n; one halves and one steps by a constant: still at most log n halvings, and
    the steps between them no more than the halvings allow, as the analyzer reads the two kinds
    together elsewhere)."""
    out = {}
    for name, ups in updates.items():
        flat = []
        for kind, op, value in ups:
            stack = [value]
            while stack:
                v = stack.pop()
                if kind == "set" and isinstance(v, ast.IfExp):
                    stack.extend([v.orelse, v.body])
                else:
                    flat.append((kind, op, v))
        out[name] = flat
    return out


def walked_down_by_set(name, updates):
    """n = n - 1 (n = n - c, c a positive number): the set form of n -= c, which runs as long as n
    starts when the test stops it at a constant."""
    for kind, op, value in updates.get(name, []):
        if kind == "set" and isinstance(value, ast.BinOp) and isinstance(value.op, ast.Sub) \
                and isinstance(value.left, ast.Name) and value.left.id == name \
                and isinstance(value.right, ast.Constant) and isinstance(value.right.value, int) \
                and value.right.value > 0:
            return True
    return False


def divmod_updates(updates, body):
    """q, r = divmod(x, k) in the loop's body sets q to x // k and r to x % k: written so, the loop
    that divides its counter this way halves it as `n //= k` does (it was one opaque call)."""
    out = {name: list(ups) for name, ups in updates.items()}
    for n in ast.walk(ast.Module(body=body, type_ignores=[])):
        if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Tuple)
                and len(n.targets[0].elts) == 2 and isinstance(n.value, ast.Call)
                and isinstance(n.value.func, ast.Name) and n.value.func.id == "divmod" and len(n.value.args) == 2):
            continue
        x, k = n.value.args
        for te, op in zip(n.targets[0].elts, (ast.FloorDiv(), ast.Mod())):
            if isinstance(te, ast.Name) and te.id in out:
                out[te.id] = [("set", None, ast.BinOp(left=x, op=op, right=k)) if v is n.value else (kind, o, v)
                              for kind, o, v in out[te.id]]
    return out
