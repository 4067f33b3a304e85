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
