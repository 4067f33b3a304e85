"""Rules of the static analyzer for what container operations cost by where they act, found by the
eleventh round's Java probes of the linear and quadratic rows (issue 15), shared by every language
lowered into the same syntax tree.

Kept apart from static_analyzer.py, which is long already; each function looks at the syntax tree (the
standard `ast` module) and asks the analyzer `an` only what it already knows (a name's kind).
"""
import ast


def _is_last_index(index, obj):
    """-1, or len(obj) - k: an index counted from the end of obj, where taking an item out moves
    nothing (or a constant number of items)."""
    if isinstance(index, ast.UnaryOp) and isinstance(index.op, ast.USub) and isinstance(index.operand, ast.Constant):
        return True
    if isinstance(index, ast.BinOp) and isinstance(index.op, ast.Sub) and isinstance(index.right, ast.Constant):
        index = index.left
    return isinstance(index, ast.Call) and isinstance(index.func, ast.Name) and index.func.id == "len" \
        and len(index.args) == 1 and ast.dump(index.args[0]) == ast.dump(obj)


def pops_inside(an, obj, args):
    """list.pop(k) at a computed position k (Java's `list.remove(pos)`, a Josephus circle's
    `ring.remove((pos + k - 1) % ring.size())`): the items after k shift down one place, as many as
    the list holds in the worst case, so the call is linear in the list. Only a list (a name of the
    sequence kind): a dictionary's pop(key) is one lookup. An index counted from the end (-1,
    len(a) - 1) moves nothing, and pop(0) is priced on its own."""
    if len(args) != 1 or isinstance(args[0], ast.Constant) or _is_last_index(args[0], obj):
        return False
    return isinstance(obj, ast.Name) and an.kind.get(obj.id) == "seq"

