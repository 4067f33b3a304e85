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


def _bound_once_anywhere(tree, name):
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
    """What node takes the square root of: sqrt(d), isqrt(d), d ** 0.5, d ** (1 / 2), pow(d, 0.5),
    Decimal(d).sqrt(), an integer cast of one of them (Java's `(long) Math.sqrt(d)` is lowered to
    int(...)), or a name bound once to one; else None."""
    if isinstance(node, ast.Name) and seen < 3 and tree is not None:
        value = _bound_once_anywhere(tree, node.id)
        return _radicand(value, tree, seen + 1) if value is not None else None
    if isinstance(node, ast.Call) and not node.keywords:
        name = _called(node)
        if name in _ROOT_CALLS and len(node.args) == 1:
            return node.args[0]
        if name == "sqrt" and not node.args and isinstance(node.func, ast.Attribute):
            return node.func.value  # Decimal(d).sqrt()
        if name == "pow" and len(node.args) == 2 and _is_half(node.args[1]):
            return node.args[0]  # math.pow(d, 0.5)
        if name in _INTEGER_CASTS and len(node.args) == 1:
            return _radicand(node.args[0], tree, seen)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow) and _is_half(node.right):
        return node.left
    return None


def _is_half(node):
    """0.5, .5 or 1 / 2 written out: the exponent of a square root."""
    if isinstance(node, ast.Constant):
        return node.value == 0.5
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and all(
        isinstance(s, ast.Constant) for s in (node.left, node.right)) and node.left.value * 2 == node.right.value


def _halved(divisor):
    """A divisor of 2, or of 2 times something (2 * a): the 2a under the quadratic formula."""
    if isinstance(divisor, ast.Constant):
        return divisor.value == 2
    return isinstance(divisor, ast.BinOp) and isinstance(divisor.op, ast.Mult) and any(
        isinstance(s, ast.Constant) and s.value == 2 for s in (divisor.left, divisor.right))


def _halved_sum(node):
    """The sum or difference that node halves: s / 2, s // 2, s / (2 * a), s >> 1, 0.5 * s, s * 0.5;
    else None."""
    if not isinstance(node, ast.BinOp):
        return None
    if isinstance(node.op, (ast.Div, ast.FloorDiv)) and _halved(node.right):
        top = node.left
    elif isinstance(node.op, ast.RShift) and isinstance(node.right, ast.Constant) and node.right.value == 1:
        top = node.left
    elif isinstance(node.op, ast.Mult) and any(isinstance(s, ast.Constant) and s.value == 0.5
                                               for s in (node.left, node.right)):
        top = node.right if isinstance(node.left, ast.Constant) else node.left
    else:
        return None
    return top if isinstance(top, ast.BinOp) and isinstance(top.op, (ast.Add, ast.Sub)) else None


def quadratic_root(node, tree):
    """The radicand of (b ± sqrt(d)) / 2 (or // 2, / (2 * a), >> 1, * 0.5): the quadratic formula,
    by which a solution finds in one step the count x that x (x + 1) / 2 reaches a value read (the
    number of moves, of rows of a triangle). CodeComplex labels it log n, the class of the binary search over x
    that it replaces (three of three such programs in the studied folds of the two dev files), while
    its square roots elsewhere (float formulas of physics and geometry, a perfect-square test; five of
    five) are labelled constant: the count solved for is what the label prices. None when node is not
    that shape; the caller decides whether the radicand grows with the input, and leaves alone a
    formula inside a loop (a root per item or per test case is arithmetic on that item, which the
    labels price O(1), as the perfect-square test per test case of the studied folds)."""
    top = _halved_sum(node)
    if top is None:
        return None
    for side in (top.right, top.left):
        d = _radicand(side, tree)
        if d is not None:
            return d
    return None


def _counted_up(updates, name):
    """Whether every update of name in the loop adds one (d += 1)."""
    mine = updates.get(name, ())
    return bool(mine) and all(k == "aug" and isinstance(op, ast.Add) and isinstance(v, ast.Constant) and v.value == 1
                              for k, op, v in mine)


def _times_ten(updates, name):
    """Whether every update of name in the loop multiplies it by ten (count *= 10, p = p * 10)."""
    mine = updates.get(name, ())

    def tenfold(kind, op, value):
        if kind == "aug":
            return isinstance(op, ast.Mult) and isinstance(value, ast.Constant) and value.value == 10
        return isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult) and {
            type(s).__name__ for s in (value.left, value.right)} == {"Name", "Constant"} and any(
            isinstance(s, ast.Constant) and s.value == 10 for s in (value.left, value.right)) and any(
            isinstance(s, ast.Name) and s.id == name for s in (value.left, value.right))
    return bool(mine) and all(tenfold(*u) for u in mine)


def _holds_a_decade(value, updates):
    """Whether value holds a power of ten that the loop raises every pass: 10 ** d with d counted up
    by one, or a name the loop multiplies by ten."""
    for x in ast.walk(value):
        if isinstance(x, ast.BinOp) and isinstance(x.op, ast.Pow) and isinstance(x.left, ast.Constant) \
                and x.left.value == 10 and any(isinstance(n, ast.Name) and _counted_up(updates, n.id)
                                               for n in ast.walk(x.right)):
            return True
        if isinstance(x, ast.Name) and _times_ten(updates, x.id):
            return True
    return False


def steps_over_decimal_lengths(updates, cond_names):
    """`while k > 9 * 10 ** (d - 1) * d: k -= 9 * 10 ** (d - 1) * d; d += 1` (or x += 9 * 10 ** c *
    (c + 1) up to k, or k -= length * count with count *= 10): each pass skips the block of the numbers
    with one more decimal digit, to find the block a position k falls in. The passes are the decimal
    lengths, at most 19 for any 64-bit k, and CodeComplex labels the loop constant (both such programs
    of the studied folds), while a loop over the digits of a value (a digit sum) or over its bits is
    labelled log n; so only this idiom is counted constant. `updates` maps each name the loop assigns
    to its updates as (kind, operator, value), as while_iterations collects them."""
    for name in cond_names:
        mine = updates.get(name, ())
        if not mine:
            continue
        moved = all(
            (k == "aug" and isinstance(op, (ast.Add, ast.Sub)) and _holds_a_decade(v, updates)) or (
                k == "set" and isinstance(v, ast.BinOp) and isinstance(v.op, (ast.Add, ast.Sub))
                and isinstance(v.left, ast.Name) and v.left.id == name and _holds_a_decade(v.right, updates))
            for k, op, v in mine)
        if moved:
            return True
    return False
