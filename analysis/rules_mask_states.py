"""Rules of the static analyzer about dictionaries of bitmask states (issue 15, ninth round):
`new = dict(dp); for mask, v in dp.items(): new[mask | bit] = ...; dp = new` in a loop over n items
holds at most as many keys as the numbers `mask | bit` can take: below twice the largest bit
term, 2^k for masks of k bits, whatever the number of passes. They read the syntax tree only
(the analyzer's magnitudes come in through `an`), so this file can come first in the bundled
script."""

import ast

_MAKERS = ("dict", "defaultdict", "Counter", "OrderedDict")


def _is_name(e, name):
    return isinstance(e, ast.Name) and e.id == name


def _fresh_or_copy(v, d):
    """{}, dict(), defaultdict(int), dict(d), d.copy(), Counter(d): a table for the next pass."""
    if isinstance(v, ast.Dict):
        return not v.keys
    if isinstance(v, ast.Call):
        f = v.func
        if isinstance(f, ast.Name) and f.id in _MAKERS:
            return all(_is_name(a, d) or not isinstance(a, (ast.Name, ast.Call, ast.Subscript)) for a in v.args)
        if isinstance(f, ast.Attribute) and f.attr == "copy" and _is_name(f.value, d) and not v.args:
            return True
    return False


def _key_var(loop, d):
    """for mask, v in d.items() / for mask in d / for mask in list(d.keys()): the key's name."""
    it = loop.iter
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in ("list", "sorted") \
            and len(it.args) == 1:
        it = it.args[0]
    attr = None
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and not it.args:
        attr, it = it.func.attr, it.func.value
    if not _is_name(it, d):
        return None
    t = loop.target
    if attr == "items" and isinstance(t, ast.Tuple) and len(t.elts) == 2 and isinstance(t.elts[0], ast.Name):
        return t.elts[0].id
    if attr in (None, "keys") and isinstance(t, ast.Name):
        return t.id
    return None


def _bit_terms(e, k, defs, depth=0):
    """The terms a key is made of besides the old key k, when it is k combined with them by | and ^
    only (directly or through names the pass sets so); None otherwise."""
    if _is_name(e, k):
        return []
    if isinstance(e, ast.Name) and e.id in defs and depth < 3:
        return _bit_terms(defs[e.id], k, defs, depth + 1)
    if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.BitOr, ast.BitXor)):
        left = _bit_terms(e.left, k, defs, depth)
        right = _bit_terms(e.right, k, defs, depth)
        if left is not None and right is not None:
            return left + right
        if left is not None:
            return left + [e.right]
        if right is not None:
            return [e.left] + right
    return None


def mask_state_bounds(tree, magnitude):
    """{name: bound} for each dictionary of bitmask states: rebound on every pass of a loop to a
    table the pass made fresh (or copied from it), whose every key is an old key combined by | or ^
    with other numbers (`new[mask | bit] = ...`), the old keys walked in the same pass. Keys made
    so from numbers below M stay below 2M (an OR or XOR sets no bit above the highest one), so the
    dictionary holds at most that many keys: the bound is the magnitude of those other numbers."""
    out = {}
    for loop in ast.walk(tree):
        if not isinstance(loop, (ast.For, ast.While)):
            continue
        body = loop.body
        for st in body:
            if not (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name)
                    and isinstance(st.value, ast.Name)):
                continue
            d, new = st.targets[0].id, st.value.id
            made = [s for s in body if isinstance(s, ast.Assign) and len(s.targets) == 1
                    and _is_name(s.targets[0], new)]
            if len(made) != 1 or not _fresh_or_copy(made[0].value, d):
                continue
            walks = [f for f in body if isinstance(f, ast.For) and _key_var(f, d)]
            if len(walks) != 1:
                continue
            walk = walks[0]
            k = _key_var(walk, d)
            defs = {}
            for n in ast.walk(walk):
                if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                    defs[n.targets[0].id] = n.value
                elif isinstance(n, ast.For) and n is not walk and isinstance(n.target, ast.Tuple) \
                        and isinstance(n.iter, ast.Tuple):
                    # for nm, w in ((mask, v), (mask | bit, v + c)): each pair in turn.
                    for pair in n.iter.elts:
                        if isinstance(pair, ast.Tuple) and len(pair.elts) == len(n.target.elts):
                            for te, ve in zip(n.target.elts, pair.elts):
                                if isinstance(te, ast.Name):
                                    defs.setdefault(te.id + " alts", []).append(ve)
            terms, ok, writes = [], True, 0
            for n in ast.walk(ast.Module(body=body, type_ignores=[])):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
                for t in targets:
                    if isinstance(t, ast.Subscript) and (_is_name(t.value, new) or _is_name(t.value, d)):
                        writes += 1
                        keys = defs.get(t.slice.id + " alts", [t.slice]) if isinstance(t.slice, ast.Name) else [t.slice]
                        for key in keys:
                            got = _bit_terms(key, k, defs)
                            if got is None:
                                ok = False
                            else:
                                terms.extend(got)
            if not ok or not writes or not terms:
                continue
            # d's other bindings: its first table only (keys written out), no other writes.
            for n in ast.walk(tree):
                if isinstance(n, ast.Assign) and n is not st and any(_is_name(t, d) for t in n.targets):
                    v = n.value
                    if not (isinstance(v, ast.Dict) and all(isinstance(x, ast.Constant) for x in v.keys)):
                        ok = False
            if ok:
                out[d] = out[new] = [magnitude(t) for t in terms]
    return out
