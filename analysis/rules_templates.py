"""Rules of the static analyzer about the library templates Python solutions paste in front of a few
lines of their own (issue 15, tenth round): a union-find class whose parents live in `self.parent`,
a sorted list kept as buckets of bounded size. The template's structure bounds what each call costs
(a walk up a forest linked by size is log n long; a bucket holds at most a constant load of items),
which the general rules, seeing an attribute of unknown size or a list insert, price as linear. They
read the syntax tree only, so this file can come first in the bundled script."""

import ast
import copy


def holder_key(node):
    """The name of a collection a subscript reads, as written: `p` for p[x], `self.parent` for
    self.parent[x]; None for anything else (a call's result, a nested subscript). A class keeps
    its tables in attributes, so the union-find rules must know them as well as plain names."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    if not parts:
        return node.id
    # The analyzer names each function's variables apart (self'3 in find, self'5 in union); an
    # attribute is the object's, whichever method reaches it: drop the scope mark.
    return ".".join([node.id.split("'")[0]] + parts[::-1])


def parent_step(test, updates):
    """(parents, walker) when a while loop walks up a forest: its test compares p[x] with x
    (while p[x] != x: the root points to itself) or with a name the loop leaves alone (while
    p[x] != root: the second pass of a find that first located the root, then relinks the path
    to it), and every assignment to x in the loop is an item of p (x = p[x]). None otherwise."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotEq)):
        return None
    sides = (test.left, test.comparators[0])
    for sub, other in (sides, sides[::-1]):
        if not (isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Name) and isinstance(other, ast.Name)):
            continue
        parents, walker = holder_key(sub.value), sub.slice.id
        if parents is None or (other.id != walker and other.id in updates):
            continue
        steps = [v for k, _, v in updates.get(walker, []) if k == "set"]
        if steps and len(steps) == len(updates.get(walker, [])) and all(
                isinstance(v, ast.Subscript) and holder_key(v.value) == parents for v in steps):
            return parents, walker
    return None


def relinks_items(body, parents):
    """Whether a block assigns items of the collection `parents` (p[x] = ..., self.parent[x] = ...,
    also inside a tuple target): a walk that does so compresses the path it passes."""
    for st in body:
        for n in ast.walk(st):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    for x in (t.elts if isinstance(t, ast.Tuple) else [t]):
                        if isinstance(x, ast.Subscript) and holder_key(x.value) == parents:
                            return True
    return False


def sets_lowest_zero_bit(op, value, name):
    """i |= i + 1 (or i = i | (i + 1)): a Fenwick tree indexed from 0 walks up by setting the lowest
    zero bit of i, so the run of low one bits grows with every step and i passes any bound n after
    log n steps, as i += i & -i does in the tree indexed from 1. The step must involve i itself:
    i |= 1 sets one fixed bit and then stays. (Java's `for (; i < N; i = i | (i + 1))` lowers to
    the same loop: one Java dev program of folds 0-2 labelled quadratic, a Fenwick tree over a
    constant-sized array walked n times, read quadratic from the unknown bound before and n log n
    now, as its `i += i & -i` twin already was.)"""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr) and op is None:
        sides = (value.left, value.right)
        for mine, other in (sides, sides[::-1]):
            if isinstance(mine, ast.Name) and mine.id == name:
                return sets_lowest_zero_bit(ast.BitOr(), other, name)
        return False
    return isinstance(op, ast.BitOr) and isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add) \
        and any(isinstance(x, ast.Name) and x.id == name for x in (value.left, value.right))


def _int_literal(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool)


def constant_attribute(tree, attr):
    """Whether every binding of the attribute `attr` in the program gives it an int the program
    writes: a class's `LOAD = 500` or `self._load = 1000`. A sorted-list template sizes its buckets
    with such a load; it is a constant, not an input size."""
    binds = []
    for n in ast.walk(tree):
        if isinstance(n, ast.ClassDef):
            for st in n.body:
                if isinstance(st, ast.Assign):
                    binds += [st.value for t in st.targets if isinstance(t, ast.Name) and t.id == attr]
        targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(
            n, (ast.AugAssign, ast.AnnAssign)) else []
        for t in targets:
            if isinstance(t, ast.Attribute) and t.attr == attr:
                binds.append(n.value if not isinstance(n, ast.AugAssign) else None)
    return bool(binds) and all(v is not None and _int_literal(v) for v in binds)


def constant_name(tree, name):
    """Whether the program binds `name` only to ints it writes (K = 300), never as a parameter, a
    loop's target or by augmented assignment: a constant, whatever scope reads it."""
    binds = []
    for n in ast.walk(tree):
        if isinstance(n, ast.arg) and n.arg == name:
            return False
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            binds.append(n)
    values = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
                and n.targets[0].id == name:
            values.append(n.value)
    return bool(binds) and len(values) == len(binds) and all(_int_literal(v) for v in values)


def fixed_width_slice(tree, slc):
    """a[i:i + K] with K a constant the program names (K = 300, self.LOAD = 500): a chunk of at most
    K items, so cutting a list into buckets of a fixed load copies each item once, not n items per
    bucket. The width must be a name or an attribute every binding of which is an int literal."""
    up = slc.upper
    if slc.lower is None or slc.step is not None or not (isinstance(up, ast.BinOp) and isinstance(up.op, ast.Add)):
        return False
    for start, width in ((up.left, up.right), (up.right, up.left)):
        if ast.dump(start) != ast.dump(slc.lower):
            continue
        if isinstance(width, ast.Name) and constant_name(tree, width.id):
            return True
        if isinstance(width, ast.Attribute) and constant_attribute(tree, width.attr):
            return True
    return False


def _self_attribute(node, me):
    """self.a (or enumerate(self.a)), `me` the method's first parameter (the analyzer may have
    renamed it by scope): the attribute a loop walks, or None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("enumerate", "reversed") \
            and node.args:
        node = node.args[0]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == me:
        return node.attr
    return None


def searches_buckets(f):
    """Whether a method walks the buckets a class keeps in an attribute (for a in self.a) and
    bisects the bucket it stops at (bisect_left(a, x)): a sorted multiset kept as about sqrt n
    sorted buckets. The general rules give an attribute no size, so they read the walk as O(1).
    One operation scans the buckets and bisects one: sublinear, about sqrt n; a sorted container
    kept in buckets (sortedcontainers' SortedList documents its operations so) is priced as a
    balanced tree's log n -- the seven classes have nothing between log n and n, and n such
    operations are a sorted set's n log n, not a quadratic scan."""
    if not f.args.args:
        return False
    me = f.args.args[0].arg
    for loop in ast.walk(f):
        if not (isinstance(loop, ast.For) and _self_attribute(loop.iter, me)):
            continue
        items = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
        for call in ast.walk(loop):
            if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Name) \
                    and call.args[0].id in items and isinstance(call.func, (ast.Name, ast.Attribute)) \
                    and (call.func.id if isinstance(call.func, ast.Name) else call.func.attr) in (
                        "bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"):
                return True
    return False


class _Shift(ast.NodeTransformer):
    """Replaces the name `name` by (name + step): the next piece's bounds."""

    def __init__(self, name, step):
        self.name, self.step = name, step

    def visit_Name(self, node):
        if node.id == self.name:
            return ast.BinOp(left=ast.Name(id=node.id, ctx=ast.Load()), op=ast.Add(), right=self.step)
        return node


def _same(a, b):
    return ast.dump(a, annotate_fields=False).replace("Store()", "Load()") == \
        ast.dump(b, annotate_fields=False).replace("Store()", "Load()")


def _pieces_of(slc, name, step):
    """Whether a[lo:hi] taken for name = i is followed, at the next value i + step, by the piece
    that starts where it ends: hi is lo with i replaced by i + step (a[i:i + w] stepping by w,
    a[n * i // k:n * (i + 1) // k] stepping by one)."""
    if slc.lower is None or slc.upper is None or slc.step is not None:
        return False
    shifted = _Shift(name, step).visit(copy.deepcopy(slc.lower))
    if _same(shifted, slc.upper):
        return True
    # a[i:i + w] with i + w written as w + i.
    up = slc.upper
    return isinstance(up, ast.BinOp) and isinstance(up.op, ast.Add) and _same(
        ast.BinOp(left=up.right, op=ast.Add(), right=up.left), shifted)


def piece_slices(tree):
    """ids of the slices that cut a sequence into consecutive pieces, one per value of a loop's
    counter: [a[i:i + w] for i in range(0, n, w)] or [a[n * i // k:n * (i + 1) // k] for i in
    range(k)] -- a bucketed container's constructor. Each item lands in one piece, so the pieces
    copy the sequence once in all (a pass that reading it already paid for), not once per piece."""
    out = set()
    for node in ast.walk(tree):
        gens = node.generators if isinstance(node, (ast.ListComp, ast.GeneratorExp)) else None
        if not gens or len(gens) != 1 or not isinstance(gens[0].target, ast.Name):
            continue
        it = gens[0].iter
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and it.args):
            continue
        step = it.args[2] if len(it.args) == 3 else ast.Constant(value=1)
        name = gens[0].target.id
        for sub in ast.walk(node.elt):
            if isinstance(sub, ast.Subscript) and isinstance(sub.slice, ast.Slice) \
                    and _pieces_of(sub.slice, name, step):
                out.add(id(sub))
    return out
