"""Rules about logarithmic and constant counts that the static analyzer (static_analyzer.py) consults:
values that grow geometrically without a multiplication, and memo tables whose keys are quotients.

Kept apart from static_analyzer.py, which is long already; the analyzer calls these from the few places
that decide a while loop's count and a memoized recursion's number of states. Each function looks at
the syntax tree only (the standard `ast` module), so it serves the other languages too once their
parsers have been lowered into the same tree.
"""
import ast


def _names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _additive(value, allowed):
    """Whether value is a sum of names from `allowed` and constants only (a + b, a + b + 1)."""
    if isinstance(value, ast.Name):
        return value.id in allowed
    if isinstance(value, ast.Constant):
        return type(value.value) in (int, float)
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return _additive(value.left, allowed) and _additive(value.right, allowed)
    return False


def _step(update, name, partner):
    """How one update of `name` inside a loop uses `partner`: "sum" when name becomes the sum of
    both (a += b, a = a + b, a = b + a + 1), "copy" when it takes the partner's value (a = b, as in
    a, b = b, a + b), None for anything else."""
    kind, op, value = update
    pair = {name, partner}
    if kind == "aug":
        if isinstance(op, ast.Add) and _additive(value, pair) and partner in _names(value):
            return "sum"
        return None
    if isinstance(value, ast.Name) and value.id == partner:
        return "copy"
    if _additive(value, pair) and pair <= _names(value):
        return "sum"
    return None


def sum_recurrence(name, updates):
    """a, b = b, a + b (Fibonacci numbers) or a += b in some passes and b += a in the others (Euclid's
    algorithm run backwards): two values that each only ever take the other's value, added to their
    own or alone, with at least one true sum between them. Starting from positive values, the larger
    one at least doubles every two passes, so a loop that runs until it passes n runs O(log n) times,
    though no update multiplies. `updates` maps each name the loop assigns to its updates, as
    (kind, operator, value): ("aug", ast.Add(), b) for a += b, ("set", None, a + b) for b = a + b.
    A copy alone (a = b; b = a + 1) is a counter stepped by one and does not count."""
    mine = updates.get(name, [])
    if not mine:
        return False
    for partner in {n for _, _, v in mine for n in _names(v)} - {name}:
        theirs = updates.get(partner, [])
        if not theirs:
            continue
        steps = [_step(u, name, partner) for u in mine] + [_step(u, partner, name) for u in theirs]
        if None not in steps and "sum" in steps:
            return True
    return False


def quotient_states(per_call, varying):
    """A memoized function whose only varying parameter every self-call divides by a constant
    (g(n // 2) + g((n + 1) // 2), f(n // 2) + f(n // 3)): the values it is called with are quotients
    n // (2^i 3^j ...), O(log n) of them per divisor (O(log^2 n) with two divisors), not one per
    integer below n. `per_call` holds, for each self-call, the kinds of change its arguments make
    ("divide", "decrement", ...); `varying` is how many parameters take new values over the calls."""
    return varying == 1 and bool(per_call) and all(kinds == {"divide"} for kinds in per_call)


def fraction_point(value, cond_names):
    """lo + (hi - lo) // 3, hi - (hi - lo) // 3, (2 * lo + hi) / 3: a point a constant fraction of the
    way between two names of a loop's condition, as a ternary search takes; setting an end to it
    shrinks the range by a constant factor, as a midpoint does (the analyzer's own test covers the
    halves, // 2 and >> 1)."""
    names = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
    thirds = any(isinstance(x, ast.BinOp) and isinstance(x.op, (ast.FloorDiv, ast.Div))
                 and isinstance(x.right, ast.Constant) and type(x.right.value) in (int, float)
                 and 3 <= x.right.value <= 10 for x in ast.walk(value))
    return thirds and len(names & set(cond_names)) >= 2
