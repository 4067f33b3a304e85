"""The program's own function-like macros (`#define rep(i, n) for (int i = 0; i < (n); ++i)`), expanded in
its text before the parse the model is read from (see cpp_tree_dump.parse_model).

Why: clang expands a macro into the right tree, but the source locations of everything it expanded are
the macro's use, `rep(i, n)`, and libclang 14 does not say which operator a binary or unary expression
is: the parser reads the operator from the source between the operands, which a macro use does not
show. With the uses replaced by their expansion (on the same lines, so every line number holds), the
operators are in the text again: `i < (n)` and `++i` are read, not guessed. The definitions and the uses
come from clang's own preprocessing record (cursors of the first parse), not from scanning the text.
"""

try:
    from cpp_clang import MAIN, K
except ImportError:
    pass  # the bundled script: cpp_clang.py is earlier in the same file

DETAILED_PREPROCESSING = 0x01  # CXTranslationUnit_DetailedPreprocessingRecord: macro cursors
_MAX_DEPTH = 16


def _definitions(tu):
    """name -> (parameters, body tokens) of each function-like macro the main file defines (one that
    stringizes or pastes tokens, # or ##, is left to the guesses of cpp_expressions)."""
    defs = {}
    for c in tu.cursor.get_children():
        if c.kind != K.MACRO_DEFINITION or c.location.file is None or c.location.file.name != MAIN:
            continue
        toks = list(c.get_tokens())
        # Function-like: the parenthesis touches the name (`#define f (x)` is an object-like macro).
        if len(toks) < 3 or toks[1].spelling != "(" or toks[1].extent.start.offset != toks[0].extent.end.offset:
            continue
        words = [t.spelling for t in toks]
        if ")" not in words:
            continue
        close = words.index(")")
        params = [w for w in words[2:close] if w != ","]
        body = words[close + 1:]
        if "#" in body or "##" in body:
            continue
        defs[c.spelling] = (params, body)
    return defs


def _expand(tokens, defs, depth=0, active=frozenset()):
    """The tokens with every use of a macro of defs expanded, as the preprocessor does (arguments
    expanded first, a macro not expanded inside itself); None when a use cannot be read."""
    if depth > _MAX_DEPTH:
        return None
    out = []
    i = 0
    while i < len(tokens):
        name = tokens[i]
        if name not in defs or name in active or i + 1 >= len(tokens) or tokens[i + 1] != "(":
            out.append(name)
            i += 1
            continue
        # The arguments: split at commas outside parentheses (brackets and braces do not group).
        args, level, j = [[]], 0, i + 2
        while j < len(tokens):
            tok = tokens[j]
            if tok == ")" and level == 0:
                break
            if tok == "," and level == 0:
                args.append([])
            else:
                level += (tok == "(") - (tok == ")")
                args[-1].append(tok)
            j += 1
        if j >= len(tokens):
            return None
        params, body = defs[name]
        variadic = bool(params) and params[-1] == "..."
        named = params[:-1] if variadic else params
        if args == [[]] and not named and not variadic:
            args = []
        if len(args) < len(named) or (not variadic and len(args) != len(named)):
            return None
        binding = {}
        for p, a in zip(named, args):
            binding[p] = _expand(a, defs, depth + 1, active)
            if binding[p] is None:
                return None
        if variadic:
            rest = []
            for k, a in enumerate(args[len(named):]):
                rest += ([","] if k else []) + a
            binding["__VA_ARGS__"] = _expand(rest, defs, depth + 1, active)
            if binding["__VA_ARGS__"] is None:
                return None
        substituted = []
        for tok in body:
            substituted += binding.get(tok, [tok])
        inner = _expand(substituted, defs, depth + 1, active | {name})
        if inner is None:
            return None
        out += inner
        i = j + 1
    return out


def expand_macros(source, tu):
    """The source with each use of the main file's function-like macros replaced by its expansion, on
    the lines the use took; None when the program uses none (or none could be expanded)."""
    defs = _definitions(tu)
    if not defs:
        return None
    uses = [c for c in tu.cursor.get_children()
            if c.kind == K.MACRO_INSTANTIATION and c.spelling in defs and c.location.file is not None
            and c.location.file.name == MAIN]
    data = source.encode("utf-8")
    pieces, pos, changed = [], 0, False
    for use in sorted(uses, key=lambda c: c.extent.start.offset):
        start, end = use.extent.start.offset, use.extent.end.offset
        if start < pos or end > len(data):
            continue  # inside the arguments of a use already expanded
        expanded = _expand([t.spelling for t in use.get_tokens()], defs)
        if expanded is None:
            continue
        pieces += [data[pos:start], " ".join(expanded).encode("utf-8"), b"\n" * data[start:end].count(b"\n")]
        pos, changed = end, True
    if not changed:
        return None
    pieces.append(data[pos:])
    return b"".join(pieces).decode("utf-8", errors="replace")
