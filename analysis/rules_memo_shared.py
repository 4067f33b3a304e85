"""Rules of the static analyzer about memo tables shared by many calls (issue 15, ninth round): a
memoized function called from a loop fills one table for all the calls, so the loop costs the
table once (its states times the work per state) plus one lookup per call, not the whole table per
call. They read the syntax tree only (the analyzer comes in as `an`), so this file can come first
in the bundled script."""

import ast


def _name_of(e):
    while isinstance(e, (ast.Subscript, ast.Attribute)):
        e = e.value
    return e.id if isinstance(e, ast.Name) else None


def _tables(f):
    """The tables a memoized function looks up and stores into (not its parameters)."""
    params = {a.arg for a in f.args.posonlyargs + f.args.args + f.args.kwonlyargs}
    stored = set()
    for n in ast.walk(f):
        if isinstance(n, ast.Assign):
            for t in n.targets:
                if isinstance(t, ast.Subscript):
                    b = _name_of(t)
                    if b:
                        stored.add(b)
    return stored - params


def _decorated_cache(f):
    for d in f.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        n = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if n in ("lru_cache", "cache"):
            return True
    return False


def _fixed_params(f, sites):
    """Positions of the parameters every self-call passes on unchanged (g(i - 1, s) keeps s)."""
    params = [a.arg for a in f.args.posonlyargs + f.args.args]
    if params and params[0] in ("self", "cls"):
        params = params[1:]
    out = []
    for k, p in enumerate(params):
        if all(k < len(call.args) and isinstance(call.args[k], ast.Name) and call.args[k].id == p
               for call, _ in sites):
            out.append(k)
    return out


def shares_memo_table(an, f, loops, call):
    """Whether the memo of f (its lru_cache, or the tables it tests and fills) outlives every pass of
    the loops around a call: f is not defined inside them (a function made anew each pass has a new
    cache), they neither clear its cache nor rebind, clear or write its tables, and the call passes
    nothing that changes with the passes where the recursion keeps an argument as it is (g(n, s) for
    each s fills a new part of the table per s)."""
    _, sites = an.self_calls(f)
    if not sites or not an.is_memoized(f):
        return False
    changing = set()
    for loop in loops:
        for n in ast.walk(loop):
            if isinstance(n, (ast.For, ast.comprehension)):
                changing |= {x.id for x in ast.walk(n.target) if isinstance(x, ast.Name)}
            elif isinstance(n, (ast.Assign, ast.AugAssign)):
                for t in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                    changing |= {x.id for x in ast.walk(t) if isinstance(x, ast.Name)}
    for k in _fixed_params(f, sites):
        if k < len(call.args) and any(isinstance(x, ast.Name) and x.id in changing for x in ast.walk(call.args[k])):
            return False
    tables = set() if _decorated_cache(f) else _tables(f)
    if not _decorated_cache(f) and not tables:
        return False
    for loop in loops:
        for n in ast.walk(loop):
            if n is f:
                return False
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                    and n.func.attr in ("cache_clear", "clear", "fill") and (
                        _name_of(n.func.value) in tables or _name_of(n.func.value) == f.name):
                return False
            if isinstance(n, (ast.Assign, ast.AugAssign, ast.Delete)):
                targets = n.targets if isinstance(n, (ast.Assign, ast.Delete)) else [n.target]
                for t in targets:
                    if any(isinstance(x, ast.Name) and x.id in tables for x in ast.walk(t)):
                        return False
    return True
