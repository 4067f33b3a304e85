"""Rules about logarithmic and constant counts that the static analyzer (static_analyzer.py) consults:
values that grow geometrically without a multiplication (Fibonacci sums, the lowest set bit taken
into a name), memo tables whose keys are quotients, ternary searches, and the narrow range a search
loop leaves between its two ends.

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


def _linear_form(e):
    """e as {name: coefficient} plus a constant, for sums and differences of names and integers
    (hi - lo + 1); None for anything else."""
    if isinstance(e, ast.Name):
        return {e.id: 1}, 0
    if isinstance(e, ast.Constant) and type(e.value) is int:
        return {}, e.value
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Sub)):
        a, b = _linear_form(e.left), _linear_form(e.right)
        if a is None or b is None:
            return None
        sign = 1 if isinstance(e.op, ast.Add) else -1
        names = dict(a[0])
        for k, v in b[0].items():
            names[k] = names.get(k, 0) + sign * v
        return {k: v for k, v in names.items() if v}, a[1] + sign * b[1]
    return None


def _closing_gap(test):
    """(hi, lo, k) when a while loop's condition is a gap between two names above a constant
    (hi - lo > 2, lo + 1 < hi, r - l >= 3): once it is false, hi - lo <= k. None otherwise."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    op = test.ops[0]
    big, small = test.left, test.comparators[0]
    if isinstance(op, (ast.Lt, ast.LtE)):
        big, small = small, big
    elif not isinstance(op, (ast.Gt, ast.GtE)):
        return None
    a, b = _linear_form(big), _linear_form(small)
    if a is None or b is None:
        return None
    names = dict(a[0])
    for k, v in b[0].items():
        names[k] = names.get(k, 0) - v
    names = {k: v for k, v in names.items() if v}
    if sorted(names.values()) != [-1, 1]:
        return None
    hi = next(k for k, v in names.items() if v == 1)
    lo = next(k for k, v in names.items() if v == -1)
    # hi - lo + (a const - b const) > 0 (or >= 0) is false: hi - lo <= -(constants) (or < it).
    k = b[1] - a[1] - (1 if isinstance(op, (ast.GtE, ast.LtE)) else 0)
    return hi, lo, k


def _leaves_by_break(loop):
    """Whether a break of this loop (not of a loop inside it) can end it."""
    stack = list(loop.body) + list(loop.orelse)
    while stack:
        st = stack.pop()
        if isinstance(st, ast.Break):
            return True
        if isinstance(st, (ast.For, ast.While, ast.AsyncFor, ast.FunctionDef, ast.AsyncFunctionDef,
                           ast.ClassDef, ast.Lambda)):
            continue
        stack.extend(ast.iter_child_nodes(st))
    return False


def _binds(st, names):
    for n in ast.walk(st):
        if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)) and n.id in names:
            return True
        if isinstance(n, (ast.Global, ast.Nonlocal)) and set(n.names) & names:
            return True
    return False


def narrow_after_closing_loops(tree):
    """while hi - lo > 2: ... (a ternary or binary search without break) ends with hi - lo <= 2, so
    a range between the two right after it (range(lo, hi + 1), min(f(x) for x in range(lo, hi + 1)))
    holds a constant number of values. The analysis is flow-insensitive and would size that range
    by hi; until lo or hi is bound again, such a range is written with lo + 2 in hi's place, which
    keeps every value it can take."""
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            for i, st in enumerate(block):
                if not isinstance(st, ast.While) or st.orelse or _leaves_by_break(st):
                    continue
                gap = _closing_gap(st.test)
                if gap is None:
                    continue
                hi, lo, k = gap
                for later in block[i + 1:]:
                    if _binds(later, {hi, lo}):
                        break
                    _narrow_ranges(later, hi, lo, k)


def _narrow_ranges(st, hi, lo, k):
    # Code defined here runs later, perhaps after lo or hi changed: only what runs now is narrowed.
    stack, calls = [st], []
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        calls.append(node)
        stack.extend(ast.iter_child_nodes(node))
    for call in calls:
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "range"
                and len(call.args) in (2, 3)):
            continue
        a, b = _linear_form(call.args[0]), _linear_form(call.args[1])
        if a is None or b is None:
            continue
        down = len(call.args) == 3
        first, second = (b, a) if down else (a, b)  # range(hi, lo - 1, -1) walks the same gap down
        if first[0] != {lo: 1} or second[0] != {hi: 1}:
            continue
        at = 0 if down else 1
        old = call.args[at]
        call.args[at] = ast.copy_location(ast.BinOp(left=ast.Name(id=lo, ctx=ast.Load()), op=ast.Add(),
                                                    right=ast.Constant(value=k + second[1])), old)
        ast.fix_missing_locations(call.args[at])


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


def midpoint_through_call(value, funcs, is_midpoint, cond_names):
    """m = middle(lo, hi) with `def middle(a, b): return (a + b) // 2`: a call of the program's own
    function whose one statement returns a midpoint (or a fraction point) of its parameters, given two
    names of the loop's condition, is that midpoint written out, so the loop is a binary search (log
    of the range), not a loop whose names move by some unknown step. `is_midpoint(expr, names)` is the
    analyzer's own test of a midpoint; `funcs` maps the program's function names to their definitions."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in funcs):
        return False
    f = funcs[value.func.id]
    params = [a.arg for a in f.args.args]
    if len(f.body) != 1 or not isinstance(f.body[0], ast.Return) or f.body[0].value is None \
            or len(params) != len(value.args) or value.keywords:
        return False
    given = [a.id for a in value.args if isinstance(a, ast.Name)]
    if len(set(given) & set(cond_names)) < 2:
        return False
    inside = {p for p, a in zip(params, value.args) if isinstance(a, ast.Name) and a.id in cond_names}
    return is_midpoint(f.body[0].value, inside) or fraction_point(f.body[0].value, inside)


def capped_by_counter(test, updates):
    """`while n > 0 and cnt < 5:` with cnt only ever raised by a positive constant: whatever the other
    conjuncts do (n //= 10 halves n, log n passes alone), the loop stops once the counter passes the
    constant, so it runs a constant number of passes. `updates` maps each name the loop assigns to
    its updates, as (kind, operator, value)."""
    if not (isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)):
        return False
    for part in test.values:
        if not (isinstance(part, ast.Compare) and len(part.ops) == 1):
            continue
        left, op, right = part.left, part.ops[0], part.comparators[0]
        if isinstance(op, (ast.Gt, ast.GtE)):
            left, right = right, left
        elif not isinstance(op, (ast.Lt, ast.LtE)):
            continue
        if not (isinstance(left, ast.Name) and isinstance(right, ast.Constant) and type(right.value) is int):
            continue
        steps = updates.get(left.id, ())
        if steps and all(k == "aug" and isinstance(o, ast.Add) and isinstance(v, ast.Constant)
                         and type(v.value) is int and v.value > 0 for k, o, v in steps):
            return True
    return False


def lowest_bit_through_name(name, updates):
    """b = x & -x; x -= b (or x += b): the step is x's lowest set bit (or its highest one,
    Long.highestOneBit(x)), taken into another name first.
    Subtracting it clears a bit, so x has no bits left after log x passes, as x &= x - 1 does;
    adding it moves x up a Fenwick tree, log n steps to n. "halving", "doubling" or None."""
    mine = updates.get(name, [])
    if not mine:
        return None
    ops = set()
    for kind, op, value in mine:
        if not (kind == "aug" and isinstance(op, (ast.Add, ast.Sub)) and isinstance(value, ast.Name)):
            return None
        steps = updates.get(value.id, [])
        if not steps or not all(k == "set" and _one_bit_of(v, name) for k, _, v in steps):
            return None
        ops.add(type(op))
    if ops == {ast.Sub}:
        return "halving"
    if ops == {ast.Add}:
        return "doubling"
    return None


def _one_bit_of(v, name):
    """x & -x (a bit of x: x & anything), or x's highest bit 1 << (len(bin(x)) - 3), which is what
    Long.highestOneBit(x) lowers to: taking either off x clears one of its bits."""
    if isinstance(v, ast.BinOp) and isinstance(v.op, ast.BitAnd):
        return name in _names(v)
    return isinstance(v, ast.BinOp) and isinstance(v.op, ast.LShift) and isinstance(v.left, ast.Constant) \
        and v.left.value == 1 and any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "bin"
                                      and c.args and isinstance(c.args[0], ast.Name) and c.args[0].id == name
                                      for c in ast.walk(v.right))


def tests_a_divisor(test, loop, assigned):
    """`if n % d == 0:` (or `not n % d`, or either first in an `and`) directly inside
    `for d in range(...)` (or a while loop that counts d up by one, `while d * d <= n`), n unchanged
    by the loop: the branch runs once per divisor of n the loop reaches, and a number has far fewer
    divisors than any power of itself (at most 1344 below 10^9, about log n on average), so the
    branch's work counts log n times over the loop, not once per pass."""
    d = _counted_up_by_one(loop, assigned)
    if d is None:
        return False
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        test = test.values[0]  # n % d == 0 and check(d): the rest is only evaluated for divisors
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        remainder = test.operand
    elif isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq):
        sides = (test.left, test.comparators[0])
        zero = [s for s in sides if isinstance(s, ast.Constant) and s.value == 0]
        remainder = next((s for s in sides if not (isinstance(s, ast.Constant) and s.value == 0)), None)
        if not zero:
            return False
    else:
        return False
    if not (isinstance(remainder, ast.BinOp) and isinstance(remainder.op, ast.Mod)
            and isinstance(remainder.right, ast.Name) and remainder.right.id == d):
        return False
    dividend = {n.id for n in ast.walk(remainder.left) if isinstance(n, ast.Name)}
    changed = set(assigned)
    for st in loop.body:
        for n in ast.walk(st):
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
                changed.add(n.target.id)
    return bool(dividend) and not (dividend & (changed | {d})) and not any(
        isinstance(n, ast.Call) for n in ast.walk(remainder.left))


def _counted_up_by_one(loop, assigned):
    """The name a loop takes through consecutive values: the target of `for d in range(...)` that
    the body never rebinds, or a name of a while loop's test that the body only raises by `+= 1`."""
    if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and isinstance(loop.iter, ast.Call) \
            and isinstance(loop.iter.func, ast.Name) and loop.iter.func.id == "range":
        d = loop.target.id
        return None if d in assigned or _augmented(loop.body, d) else d
    if not isinstance(loop, ast.While):
        return None
    for d in sorted({n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)} - set(assigned)):
        ups = _augmented(loop.body, d)
        if ups and all(isinstance(u.op, ast.Add) and isinstance(u.value, ast.Constant) and u.value.value == 1
                       for u in ups):
            return d
    return None


def _augmented(body, name):
    """The augmented assignments to name in the body."""
    return [n for st in body for n in ast.walk(st)
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id == name]


# Euclid's algorithm. CodeComplex's labels count it as constant work, whether written as a loop, as a
# recursion or as a gcd() call on numbers read from the input (every studied program whose only
# input-dependent step is Euclid's, in Java and in Python, is labelled constant), unlike a binary
# search over the input's range, which they count as log n. Its steps are few indeed: by Lamé's
# theorem at most five per decimal digit of the smaller number, under 100 for any pair of 64-bit
# numbers, and it runs on a pair of values, not over anything the input's size grows.

def _remainder_pair(value):
    """(x, y) when value is x % y with x and y two different names, else None."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod) and isinstance(value.left, ast.Name) \
            and isinstance(value.right, ast.Name) and value.left.id != value.right.id:
        return value.left.id, value.right.id
    return None


def _quotient_by(value, divisor, bound):
    """Whether value holds a quotient by the name `divisor` ((a - 1) / b + 1), directly or through a
    name `bound` maps to such values (cnt = (a - 1) / b; ... b * cnt)."""
    for node in ast.walk(value):
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.FloorDiv, ast.Div)) \
                and isinstance(node.right, ast.Name) and node.right.id == divisor:
            return True
        if isinstance(node, ast.Name) and node.id != divisor and any(
                _quotient_by(v, divisor, {}) for v in bound.get(node.id, ())):
            return True
    return False


def _multiple_taken(value, bound):
    """The name y when value is y times a quotient by y (b * cnt with cnt = (a - 1) / b, rem * a):
    subtracting it takes as many copies of y as fit, which is a remainder by y. None otherwise."""
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult)):
        return None
    for y, q in ((value.left, value.right), (value.right, value.left)):
        if isinstance(y, ast.Name) and _quotient_by(q, y.id, bound):
            return y.id
    return None


def _subtracted_multiple(value, name, bound):
    """The name y when value is name - y * (a quotient by y), else None."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Sub) and isinstance(value.left, ast.Name) \
            and value.left.id == name:
        return _multiple_taken(value.right, bound)
    return None


def _euclid_pair(name, kind, op, value, bound):
    """The two names of one Euclid step that sets `name`: a % b or a %= b, or the same remainder
    taken by subtracting as many copies of b as fit (b -= rem * a with rem = (b - a - 1) / a + 1,
    as a solution that counts the subtractions writes it). None for any other update."""
    if kind == "aug" and isinstance(op, ast.Mod) and isinstance(value, ast.Name):
        return (name, value.id) if value.id != name else None
    if kind == "aug" and isinstance(op, ast.Sub):
        y = _multiple_taken(value, bound)
        return (name, y) if y and y != name else None
    if kind != "set":
        return None
    y = _subtracted_multiple(value, name, bound)
    if y and y != name:
        return name, y
    return _remainder_pair(value)


def euclid_loop(updates, cond_names):
    """A while loop that runs Euclid's algorithm: a name becomes the remainder of two names that
    both change in the loop, itself one of them, and one of the two is tested by the loop -- a %= b,
    a = a % b, a, b = b, a % b, `r = a % b; a = b; b = r` once the temporary is put in place
    (through_temporaries), or `a = a % b` followed by an exchange (b ^= a; a ^= b; b ^= a) under
    `while (b != 0)`. A remainder by a fixed name (n %= m with m unchanged) is not Euclid's: the
    loop's other name does not shrink with it; nor is one by a name that changes without taking the
    first one's value (_takes_from)."""
    bound = {k: [v for kind, _, v in steps if kind == "set"] for k, steps in updates.items()}
    for name, steps in updates.items():
        for kind, op, value in steps:
            pair = _euclid_pair(name, kind, op, value, bound)
            if pair and name in pair and set(pair) <= set(updates) and set(pair) & set(cond_names):
                other = pair[1] if pair[0] == name else pair[0]
                if _takes_from(updates.get(other, ()), name, bound):
                    return True
    return False


def _takes_from(steps, name, bound):
    """Whether one of a name's updates uses `name`, directly or through a name set from it (b = a,
    b %= a, t = a; b = t, b ^= a): the pair trade values, as Euclid's algorithm has them. A divisor
    that moves on its own (pos %= n; n--, the Josephus walk) is no Euclid's pair."""
    for _, _, value in steps:
        names = _names(value)
        if name in names or any(name in _names(v) for n in names for v in bound.get(n, ())):
            return True
    return False


def euclid_recursion(f, calls):
    """f(b, a % b) with a and b parameters of f (gcd written recursively, or a sum of quotients
    a / b + f(b, a % b), or f(b, a - b * cnt) with cnt = (a - 1) / b): every self-call passes the
    remainder of two parameters together with the divisor, or the same two parameters exchanged
    (f(b, a) when a < b). `calls` are the self-calls of the function definition f."""
    params = [a.arg for a in f.args.args]
    bound = {}
    for node in ast.walk(f):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            bound.setdefault(node.targets[0].id, []).append(node.value)
    steps = 0
    for call in calls:
        names = [a.id for a in call.args if isinstance(a, ast.Name)]
        pairs = [_argument_step(a, bound) for a in call.args]
        if any(p and set(p) <= set(params) and p[1] in names for p in pairs):
            steps += 1
        elif not (len(names) == len(call.args) == len(params) and set(names) == set(params) and names != params):
            return False  # neither a step nor the parameters exchanged
    return steps > 0


def _argument_step(arg, bound):
    """(x, y) when a call's argument is a remainder of x by y: x % y, or x - y * (a quotient by y)."""
    if isinstance(arg, ast.BinOp) and isinstance(arg.left, ast.Name):
        y = _subtracted_multiple(arg, arg.left.id, bound)
        if y and y != arg.left.id:
            return arg.left.id, y
    return _remainder_pair(arg)


# A recursion that steps its argument by one only when it is odd, and stops when it is even
# (f(x) = x even ? x / 2 : f(x - 1) - x): the call's argument is even, so the callee takes the
# branch without a self-call. The recursion is one level deep whatever x is, not a walk down to 0.

def _parity_of(test, name):
    """"odd" when test holds exactly for odd values of name (x % 2 == 1, x % 2 != 0, (x & 1) == 1,
    x & 1), "even" for x % 2 == 0, (x & 1) == 0, (x & 1) != 1; None for anything else."""
    def is_low_bit(e):
        return isinstance(e, ast.BinOp) and isinstance(e.left, ast.Name) and e.left.id == name \
            and isinstance(e.right, ast.Constant) and (
                (isinstance(e.op, ast.Mod) and e.right.value == 2) or (isinstance(e.op, ast.BitAnd) and e.right.value == 1))
    if is_low_bit(test):
        return "odd"
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and is_low_bit(test.operand):
        return "even"
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and is_low_bit(test.left)
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value in (0, 1)):
        return None
    value, op = test.comparators[0].value, test.ops[0]
    if isinstance(op, ast.Eq):
        return "odd" if value == 1 else "even"
    if isinstance(op, ast.NotEq):
        return "even" if value == 1 else "odd"
    return None


def _odd_step(arg, name):
    """Whether arg is name - c or name + c with c an odd constant: an odd name becomes even."""
    return isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Add, ast.Sub)) and isinstance(arg.left, ast.Name) \
        and arg.left.id == name and isinstance(arg.right, ast.Constant) and type(arg.right.value) is int \
        and arg.right.value % 2 == 1


def _guarded_calls(node, fname, name, odd, out):
    """(call, known odd) for each call of fname under node, following the branches on name's parity:
    the body of an odd test, the else of an even test, and what follows `if (even) return ...;`."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
        return
    if isinstance(node, (ast.If, ast.IfExp)):
        parity = _parity_of(node.test, name)
        _guarded_calls(node.test, fname, name, odd, out)
        for part, known in ((node.body, parity == "odd"), (node.orelse, parity == "even")):
            if isinstance(part, list):
                _guarded_block(part, fname, name, odd or known, out)
            else:
                _guarded_calls(part, fname, name, odd or known, out)
        return
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == fname:
        out.append((node, odd))
    for field in ("body", "orelse", "finalbody"):
        block = getattr(node, field, None)
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
            _guarded_block(block, fname, name, odd, out)
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, ast.stmt):
            _guarded_calls(child, fname, name, odd, out)


def _guarded_block(stmts, fname, name, odd, out):
    for st in stmts:
        _guarded_calls(st, fname, name, odd, out)
        if isinstance(st, ast.If) and not st.orelse and st.body and isinstance(st.body[-1], (ast.Return, ast.Raise)) \
                and _parity_of(st.test, name) == "even":
            odd = True  # if x % 2 == 0: return ...  -- the rest runs for odd x only


def one_level_on_parity(f):
    """Whether every self-call of the function definition f runs only for an odd parameter and
    passes it stepped by an odd constant, while no self-call runs for an even one."""
    for i, p in enumerate(a.arg for a in f.args.args):
        out = []
        _guarded_block(f.body, f.name, p, False, out)
        if out and all(odd and len(call.args) > i and _odd_step(call.args[i], p) for call, odd in out):
            return True
    return False
