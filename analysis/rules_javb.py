"""Rules of the eighth round, Java part two (helper javb): the test-case question on a loop that
grows a dictionary. Bundled before static_analyzer.py (analysis/CMakeLists.txt)."""
import ast

_DICT_MAKERS = ("dict", "defaultdict", "Counter", "OrderedDict")


def _makes_dict(value):
    if isinstance(value, ast.Dict):
        return True
    if isinstance(value, ast.Call):
        f = value.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        return name in _DICT_MAKERS
    return False


def _assigned(nodes):
    names = {}
    for b in nodes:
        for n in ast.walk(b):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    if isinstance(t, ast.Name):
                        names.setdefault(t.id, []).append(n.value)
    return names


def scans_a_growing_dict(body, tree):
    """Whether the passes of a loop add keys to a dictionary made before the loop (`m[x] = ...`,
    what Java's `m.put(x, ...)` lowers to) and scan it whole in the same pass (`for v in
    m.values()`, `len(m)`): each pass sees the keys the passes before it added, so the passes share
    a structure that grows with their number and are no independent test cases. The test is on the
    code alone, not on the dictionary's size, which is not known yet when the question is asked."""
    inside = _assigned(body)
    outside = _assigned([tree])
    dicts = {name for name, values in outside.items()
             if name not in inside and all(_makes_dict(v) for v in values)}
    if not dicts:
        return False
    added, cleared = set(), set()
    for b in body:
        for n in ast.walk(b):
            if isinstance(n, ast.Assign):
                for t in n.targets:
                    if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in dicts:
                        added.add(t.value.id)
            elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Subscript) \
                    and isinstance(n.target.value, ast.Name) and n.target.value.id in dicts:
                added.add(n.target.value.id)
            elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                    and isinstance(n.func.value, ast.Name) and n.func.attr == "clear":
                cleared.add(n.func.value.id)
    added -= cleared
    if not added:
        return False

    def whole(e):
        if isinstance(e, ast.Name):
            return e.id in added
        return isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) \
            and e.func.attr in ("values", "items", "keys") and isinstance(e.func.value, ast.Name) \
            and e.func.value.id in added

    for b in body:
        for n in ast.walk(b):
            if isinstance(n, (ast.For, ast.comprehension)) and whole(n.iter):
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) \
                    and n.func.id in ("len", "max", "min", "sum", "sorted") and n.args and whole(n.args[0]):
                return True
    return False
