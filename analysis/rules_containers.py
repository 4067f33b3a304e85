"""Rules of the static analyzer found by the eleventh round's Java probes of the linear and quadratic
rows (issue 15), shared by every language lowered into the same syntax tree: what container
operations cost by where they act (a removal inside a list shifts its tail; a group walked and then
emptied is walked once per item), and how large characters are (an item of a text is one character,
a character's distance from a letter written in the code is below the alphabet, a walk of a char[]
visits characters), which bounds the loops and the dictionaries built from them.

Kept apart from static_analyzer.py, which is long already; each function looks at the syntax tree (the
standard `ast` module) and asks the analyzer `an` only what it already knows (a name's kind).
"""
import ast

# In the bundled script these names are defined by the parts in front of this one (analysis/CMakeLists.txt).
if "text_item" not in globals():
    from rules_chars import text_item


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



def _empties(st, name):
    """name.clear(), or name bound afresh to an empty list, set or dict: the collection starts over."""
    if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) and isinstance(st.value.func, ast.Attribute) \
            and st.value.func.attr == "clear" and isinstance(st.value.func.value, ast.Name) \
            and st.value.func.value.id == name and not st.value.args:
        return True
    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
            and st.targets[0].id == name:
        v = st.value
        return isinstance(v, (ast.List, ast.Set, ast.Dict)) and not getattr(v, "elts", getattr(v, "keys", [])) \
            or isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id in ("list", "set", "dict", "deque") \
            and not v.args
    return False


def _block_holding(stmts, target):
    """The statement list (of stmts, or of a block nested in them) that holds `target` itself."""
    if any(st is target for st in stmts):
        return stmts
    for st in stmts:
        for field in ("body", "orelse", "finalbody"):
            inner = getattr(st, field, None)
            if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                found = _block_holding(inner, target)
                if found is not None:
                    return found
        for handler in getattr(st, "handlers", []) or []:
            found = _block_holding(handler.body, target)
            if found is not None:
                return found
    return None


def walked_then_emptied(an, loop):
    """for x in cur: ... followed, in the same block, by cur.clear() (or cur = []): items gathered
    one by one in the loop around (a group of k, a line's words) and walked once when the group is
    done. Every item is walked once before the collection starts over, so the walks add up to the
    items added, as a queue's pops do, instead of multiplying the loop around by the collection's
    size. `an.enclosing_loops[-1]` is that loop around."""
    if not an.enclosing_loops or not isinstance(loop, ast.For) or not isinstance(loop.iter, ast.Name):
        return False
    name = loop.iter.id
    block = _block_holding(an.enclosing_loops[-1][0].body, loop)
    if block is None:
        return False
    after = block[[k for k, st in enumerate(block) if st is loop][0] + 1:]
    return any(_empties(st, name) for st in after)


def _char_constant(e):
    """A one-character text written in the code: a Java or C++ char literal ('a', '0') lowers so."""
    return isinstance(e, ast.Constant) and isinstance(e.value, str) and len(e.value) == 1


def char_offset(node):
    """c - '0', s.charAt(i) - 'a': a character's distance from a letter or digit written in the code,
    which only Java or C++ char arithmetic writes (Python cannot subtract texts). It is a digit or a
    letter's place in the alphabet, below the size of the character set whatever the input's length,
    so a loop bounded by it (`for j < s.charAt(i) - '0'`) runs a constant number of passes. An item
    of a char[] (s[i] of `list(line)`) was taken to be as large as the input."""
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and _char_constant(node.right)


def char_range(args):
    """range('a', c), range(c, 'z' + 1): a Java `for (char ch = 'a'; ch < c; ch++)` walks characters
    between a letter written in the code and another character, at most the character set."""
    return 1 <= len(args) <= 3 and any(_char_constant(a) or isinstance(a, ast.BinOp) and _char_constant(a.left)
                                       for a in args[:2])


def _copy_of_text(an, e):
    """list(s), sorted(s), reversed(s) of a text s: its characters (Java's s.toCharArray() lowers to
    list(s))."""
    return isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and e.func.id in ("list", "sorted", "reversed") \
        and len(e.args) == 1 and an.is_text(e.args[0])


def walks_characters(an, it):
    """Whether a for loop over `it` walks the characters of a text: a copy of the text's characters
    (`for (char c : s.toCharArray())`), or a name every binding of which is such a copy (a char[]
    read once). Its loop variable is then a character, one of an alphabet, as it is over the text
    itself: a dictionary keyed by it (`m.merge(c, 1, Integer::sum)`) holds at most that many keys."""
    if _copy_of_text(an, it):
        return True
    return isinstance(it, ast.Name) and _bound_only_to(an, it.id, lambda v: _copy_of_text(an, v))


def _binding_statements(an):
    """name -> the statements that bind it (assignments, augmented assignments, loop targets), made
    once per analysis: the tree does not change while it is analyzed."""
    out = an.__dict__.get("_containers_bindings")
    if out is None:
        out = an._containers_bindings = {}
        for n in an.nodes:
            if isinstance(n, (ast.Assign, ast.AugAssign, ast.For)):
                for t in n.targets if isinstance(n, ast.Assign) else [n.target]:
                    if isinstance(t, ast.Name):
                        out.setdefault(t.id, []).append(n)
    return out


def _bound_only_to(an, name, test):
    """Whether every binding of `name` is an assignment whose value passes `test` (and there is one)."""
    binds = _binding_statements(an).get(name, [])
    return bool(binds) and all(isinstance(n, ast.Assign) and test(n.value) for n in binds)


def item_of_text(an, e):
    """s[i] with s a text (Java's s.charAt(i); rules_chars.text_item) or a name bound only to the copy
    of a text's characters (a char[] read as `char[] s = in.next().toCharArray()`): one character. A
    dictionary keyed by it (`last.put(s.charAt(i), i)`) holds at most an alphabet of keys, as one keyed
    by `for c in s`, and `s[i] - 48` is a digit."""
    if text_item(an, e):
        return True
    return isinstance(e, ast.Subscript) and not isinstance(e.slice, ast.Slice) and isinstance(e.value, ast.Name) \
        and _bound_only_to(an, e.value.id, lambda v: _copy_of_text(an, v))


def _words_of_a_line(an, e):
    """line.split(...) of one line read (input().split(), Java's br.readLine().split(" ")), or a name
    every binding of which is such a split."""
    def split_of_line(v):
        return isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr == "split" \
            and an.is_line_expr(v.func.value)
    return split_of_line(e) or isinstance(e, ast.Name) and _bound_only_to(an, e.id, split_of_line)


def walks_a_word_of_the_line(an, loop):
    """for c in w (or list(w), Java's w.toCharArray()) inside `for w in line.split()`: the words of
    one line share its length out between them, so the walks of all the words add up to the line
    once -- linear, not the number of words times the line. (n words read one by one, each its own
    token, stay n times a word's length, the convention for n strings of length m.)
    `an.enclosing_loops[-1]` is the loop over the words."""
    if not an.enclosing_loops or not isinstance(loop, ast.For):
        return False
    outer = an.enclosing_loops[-1][0]
    it = loop.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in ("list", "reversed") \
            and len(it.args) == 1:
        it = it.args[0]
    return isinstance(outer, ast.For) and isinstance(outer.target, ast.Name) and isinstance(it, ast.Name) \
        and it.id == outer.target.id and _words_of_a_line(an, outer.iter)
