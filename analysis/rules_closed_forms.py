"""Rules about closed forms: formulas that stand in for a search or a loop over a count read from the
input, and what CodeComplex's labels make of them.

A closed form replaces a loop, and the labels of the dataset the analyzer is measured on (CodeComplex,
labelled by competitive programmers) give some closed forms the class of the search they replace rather
than one arithmetic operation: the integer root of a quadratic, `x = (-3 + sqrt(9 + 8 * (n + k))) // 2`,
solves x (x + 1) / 2 = n + k, the count that the problem's other solutions find by a binary search
over x, and is labelled log n like them, while a square root in a float formula (a physics time, a
distance) is labelled constant. The analyzer calls these from the cost of an expression; each function
looks at the syntax tree only, so it serves the lowered languages too.
"""
import ast

_ROOT_CALLS = ("sqrt", "isqrt")
_INTEGER_CASTS = ("int", "floor", "ceil", "round")


def _called(node):
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _bound_once_in_program(tree, name):
    """The value of `name = value` when it is the program's only binding of name, else None."""
    values = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and t.id == name:
                    values.append(node.value)
                elif any(isinstance(x, ast.Name) and x.id == name for x in ast.walk(t)):
                    return None
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension, ast.NamedExpr)):
            if any(isinstance(x, ast.Name) and x.id == name for x in ast.walk(node.target)):
                return None
    return values[0] if len(values) == 1 else None


def _radicand(node, tree, seen=0):
    """What node takes the square root of: sqrt(d), isqrt(d), d ** 0.5, an integer cast of one of
    them (Java's `(long) Math.sqrt(d)` is lowered to int(...)), or a name bound once to one; else None."""
    if isinstance(node, ast.Name) and seen < 3 and tree is not None:
        value = _bound_once_in_program(tree, node.id)
        return _radicand(value, tree, seen + 1) if value is not None else None
    if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
        name = _called(node)
        if name in _ROOT_CALLS:
            return node.args[0]
        if name in _INTEGER_CASTS:
            return _radicand(node.args[0], tree, seen)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and isinstance(node.right, ast.Constant) \
            and node.right.value == 0.5:
        return node.left
    return None


def _halved(divisor):
    """A divisor of 2, or of 2 times something (2 * a): the 2a under the quadratic formula."""
    if isinstance(divisor, ast.Constant):
        return divisor.value == 2
    return isinstance(divisor, ast.BinOp) and isinstance(divisor.op, ast.Mult) and any(
        isinstance(s, ast.Constant) and s.value == 2 for s in (divisor.left, divisor.right))


def quadratic_root(node, tree):
    """The radicand of (b ± sqrt(d)) / 2 (or // 2, or / (2 * a)): the quadratic formula, by which a
    solution finds in one step the count x that x (x + 1) / 2 reaches a value read (the number of
    moves, of rows of a triangle). CodeComplex labels it log n, the class of the binary search over x
    that it replaces (three of three such programs in the studied folds of the two dev files), while
    its square roots elsewhere (float formulas of physics and geometry, a perfect-square test; five of
    five) are labelled constant: the count solved for is what the label prices. None when node is not
    that shape; the caller decides whether the radicand grows with the input."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Div, ast.FloorDiv)) and _halved(node.right)):
        return None
    top = node.left
    if not (isinstance(top, ast.BinOp) and isinstance(top.op, (ast.Add, ast.Sub))):
        return None
    for side in (top.right, top.left):
        d = _radicand(side, tree)
        if d is not None:
            return d
    return None
