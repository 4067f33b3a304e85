"""Rules of the static analyzer about the characters of a text (issue 15, eleventh round): `s[i]` of
a line read, the second name of `for i, c in enumerate(s)`, the items of `list(s)` and the pairs of
`zip(s, t)` are one character each, so `c.upper()`, `ans += c` and `d[c]` cost O(1) however long
the line is. The analyzer sizes every name once for the whole program, and it sized these from the
collection they come from (an item of a list read from the input is a number as large as the
input), which made a loop building a text character by character quadratic. They read the syntax
tree only (the analyzer comes in as `an`: an.kind, an.is_text, an.iterations), so this file can
come first in the bundled script."""

import ast

# Calls that return the characters of a text in another order or container: their items are still
# single characters.
_CHAR_COPIES = ("list", "sorted", "reversed", "set", "tuple", "iter")


def is_text_of(an, node):
    """A text (a line read, a name bound to one), a slice of one, or list(s) / sorted(s) /
    reversed(s) of a text: something whose items are characters."""
    if an.is_text(node):
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _CHAR_COPIES \
            and len(node.args) == 1 and not node.keywords:
        return is_text_of(an, node.args[0])
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        return is_text_of(an, node.value)  # s[1:], s[::-1]: a piece of the text
    if isinstance(node, ast.Name):
        values = _bindings(an).get(node.id)
        return bool(values) and all(
            isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id in _CHAR_COPIES
            and len(v.args) == 1 and not v.keywords and an.is_text(v.args[0]) for v in values)
    return False


def _bindings(an):
    """name -> the values the program binds it to (None for a binding that is no plain assignment:
    a loop target, an augmented assignment), over the whole program, found once per analysis. A
    name all of whose values are list(s) / sorted(s) of a text s is a list of characters."""
    cached = an.__dict__.get("_char_bindings")
    if cached is not None:
        return cached
    binds = {}
    for n in ast.walk(an.tree):
        if isinstance(n, ast.Assign):
            for t in n.targets:
                for x in ast.walk(t):
                    if isinstance(x, ast.Name):
                        binds.setdefault(x.id, []).append(n.value if t is x else None)
        elif isinstance(n, (ast.AugAssign, ast.AnnAssign, ast.For, ast.comprehension, ast.NamedExpr)):
            for x in ast.walk(n.target):
                if isinstance(x, ast.Name):
                    binds.setdefault(x.id, []).append(None)
    an.__dict__["_char_bindings"] = binds
    return binds


def text_item(an, node):
    """s[i] (not a slice) with s a text or a list of its characters: one character, of size O(1),
    not a number read from the input."""
    return isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice) \
        and isinstance(node.value, ast.Name) and is_text_of(an, node.value)


def loop_target_sizes(an, target, it, elem):
    """The size each name of a loop target takes: for `for i, c in enumerate(s)` the index is as
    large as the count and c is an item of s (a character when s is a text); for `for a, b in
    zip(s, t)` each name is an item of its own collection. Any other target takes `elem` (the
    analyzer's size of one item) for all its names, as before."""
    from_parts = _enumerate_parts(target, it) or _zip_parts(target, it)
    if from_parts is None:
        return [(name, elem) for name in _stored_names(target)]
    out = []
    for part, source, is_index in from_parts:
        size = an.iterations(source) if is_index else an.element_magnitude(source)
        out.extend((name, size) for name in _stored_names(part))
    return out


def char_loop_names(an, target, it):
    """The loop names that take one character per pass: c in `for c in s`, `for i, c in
    enumerate(s)`, `for a, b in zip(s, t)` (each over a text), `for c in sorted(s)`."""
    if isinstance(target, ast.Name):
        return {target.id} if is_text_of(an, it) else set()
    parts = _enumerate_parts(target, it) or _zip_parts(target, it) or []
    return {part.id for part, source, is_index in parts
            if not is_index and isinstance(part, ast.Name) and is_text_of(an, source)}


def _enumerate_parts(target, it):
    """(index target, its source, True), (item target, source, False) for `i, x in enumerate(X)`."""
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "enumerate" \
            and it.args and isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == 2:
        return [(target.elts[0], it.args[0], True), (target.elts[1], it.args[0], False)]
    return None


def _zip_parts(target, it):
    """(name, its collection, False) for each name of `a, b in zip(A, B)`."""
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" \
            and not it.keywords and isinstance(target, (ast.Tuple, ast.List)) \
            and len(target.elts) == len(it.args) and not any(isinstance(a, ast.Starred) for a in it.args):
        return [(t, a, False) for t, a in zip(target.elts, it.args)]
    return None


def _stored_names(t):
    """The names a loop target binds (i, and a and b of `i, (a, b)`), not those it only reads."""
    return [x.id for x in ast.walk(t) if isinstance(x, ast.Name) and isinstance(x.ctx, ast.Store)]


def split_of_a_named_line(an, v):
    """s.split(), s.split(',') with s a name the program binds only to a line it reads (s = input(),
    s = input().strip()): the words of that line, which share its length out between them as
    `input().split()` written in place does, so work on each word adds up to the line once. Asked
    before the kinds of names are known, so it looks at the bindings themselves."""
    if not (isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr == "split"
            and isinstance(v.func.value, ast.Name)):
        return False
    values = _bindings(an).get(v.func.value.id)
    return bool(values) and all(x is not None and an.is_line_expr(x) for x in values)


def item_of_a_line_list(an, v):
    """words[i] with words a list of lines or of the words of a line (an.line_lists): a name bound
    to it in a loop over the items is one of them, as the loop variable of `for w in words` is."""
    return isinstance(v, ast.Subscript) and not isinstance(v.slice, ast.Slice) \
        and isinstance(v.value, ast.Name) and v.value.id in an.line_lists
