"""Static time/space complexity estimate of a Python program, using only the standard `ast` module.

Reads the program from standard input and prints one JSON object on standard output. It is run inside
the sandbox by analysis::StaticAnalyzer, so the program it looks at is parsed, never executed.

The model: every quantity the program reads from its input (and every parameter of a function) is an
"input size". Each expression gets a magnitude (how large a number or a collection can get in terms of
the input) and each statement a cost; loops multiply, sequences take the maximum. Constants written in
the program stay O(1) however large they are, because complexity is about growth with the input.

Over four thousand lines in one file: the sandbox runs exactly one script, which the build bundles from
this file and the parts in front of it (the lowering of the other languages, analysis/lowering*.py;
what Measure can call, measure_*.py; and the rules added since the eighth round, analysis/rules_*.py,
which read the syntax tree only and answer the questions this file asks), and the rules here lean on
one another (a loop's cost needs the magnitudes of its bounds, a call's cost the costs of the
functions it reaches), so the sections below -- the cost algebra, helpers over the syntax tree, the
analyzer, the risky patterns -- are kept in this order and read top to bottom.
"""

import ast
import copy
import json
import sys

# The parts in front of this file (analysis/CMakeLists.txt lists them): in the bundled script their names
# are already defined above; loaded by its path (bench/analysis/accuracy.py), they are modules beside it.
if "measure_notes" not in globals():
    import os
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import ast_walk_fast  # noqa: F401  (installs a faster ast.walk: same nodes, same order)
    from measure_notes import measure_notes
    from rules_walks import (
        chain_marked_tables, chain_step_collections, starts_on_another_table, until_nothing_changes,
        items_written_and_read, through_temporaries)
    from rules_logn import (
        fraction_point, lowest_bit_through_name, narrow_after_closing_loops, quotient_states, sum_recurrence,
        tests_a_divisor)
    from rules_amortized import (
        doubled_up_to_a_limit, iterates_a_group, shifted_over_log_passes, rebuilt_from_each_item,
        select_k_cost, bound_once_in_loop, telescoping_count, counted_repeat, counted_extend, counted_piece,
        env_counted_range, token_item, fixed_row_magnitude, running_gcd, clamped_window, slice_of_a_window,
        sorted_line_cost, of_a_line, groups_sized_by_counts)
    from rules_tables import scans_a_growing_dict, fixed_table, falls_back_along_stored_values
    from rules_narrowing import narrow_in_guarded_branches
    from rules_boxes import (
        extends_from_a_box, merges_smaller_into_larger, merges_into_larger, copies_into_another_group)
    from rules_capped_heaps import capped_heap
    from rules_mask_states import mask_state_bounds
    from rules_memo_shared import shares_memo_table
    from rules_updates import branch_updates, walked_down_by_set, divmod_updates
    from rules_idioms import (exit_counter_steps, after_first_self_call, names_only_bit_lengths, text_grown_in_loop,
                            constant_number_params, always_exits, item_of_short_texts, exits_after_chain,
                            loop_ended_by_flag, breaks_past_its_start, larger_and_smaller)
    from rules_templates import (
        holder_key, parent_step, relinks_items, sets_lowest_zero_bit, fixed_width_slice, searches_buckets,
        piece_slices)
    from rules_middle import (
        searched_collection, stepped_index_counters, resets_ahead_of_the_window, copied_by_concatenation,
        as_augmented_growth, grown_in_place, walks_a_copied_group, through_stepped_temporary,
        slice_bound_once, bound_once_in_function, gcd_along_a_table, carries_a_running_value,
        filled_from_one_side)
    from rules_shapes import (
        halves_a_list, shrinking_names, growing_names, shrinks_geometrically, runs_one_pass, left_through_inner_flag,
        window_from_its_start)
    from rules_containers import (pops_inside, walked_then_emptied, char_offset, char_range, walks_characters,
        item_of_text, walks_a_word_of_the_line)

# ----------------------------------------------------------------------------------------------------
# Cost algebra


class Cost:
    """n^deg * log^lg(n) * 2^exp (* n! when fact), plus the names of the sizes for display."""

    __slots__ = ("deg", "lg", "exp", "fact", "names", "why")

    def __init__(self, deg=0.0, lg=0, exp=0, fact=0, names=(), why=""):
        self.deg = deg
        self.lg = lg
        self.exp = exp
        self.fact = fact
        # Only products of up to three sizes are displayed by name; keeping more would let the
        # tuple double with every multiplication of sizes that feed on themselves.
        self.names = tuple(sorted(names)[:4])
        self.why = why

    def key(self):
        return (min(self.fact, 1), min(self.exp, 1), self.deg, self.lg)

    def __mul__(self, other):
        why = self.why
        if other.why and other.key() > (0, 0, 0, 0):
            why = (why + "; " if why else "") + other.why
        return Cost(self.deg + other.deg, self.lg + other.lg, self.exp + other.exp,
                    self.fact + other.fact, self.names + other.names, why)

    def is_const(self):
        return self.key() == (0, 0, 0, 0)

    def with_why(self, why):
        return Cost(self.deg, self.lg, self.exp, self.fact, self.names, why)


ONE = Cost()


def n_cost(name="n", why=""):
    return Cost(1, 0, 0, 0, (name,), why)


def cmax(*costs):
    best = ONE
    for c in costs:
        if c is not None and (c.key() > best.key() or (c.key() == best.key() and c.why and not best.why)):
            best = c
    return best


def log_of(c):
    """log of a magnitude: log(n^k) ~ log n, log(2^n) ~ n."""
    if c.exp or c.fact:
        return Cost(1, 0, 0, 0, ("n",))
    if c.deg > 0:
        return Cost(0, 1)
    return ONE


def exp_of(c):
    """2 ** c: an exponent that is itself a logarithm (j < n.bit_length()) gives back n."""
    if c.is_const():
        return ONE
    if not c.deg and not c.exp and not c.fact and c.lg == 1:
        return Cost(1, 0, 0, 0, ("n",))
    return Cost(0, 0, 1)


def sqrt_of(c):
    if c.is_const():
        return ONE
    return Cost(c.deg / 2, c.lg, c.exp, c.fact, c.names)


def cdiv(a, b):
    """a / b for a product of loop counts a that contains the factors b (what is left inside)."""
    names = list(a.names)
    for x in b.names:
        if x in names:
            names.remove(x)
    return Cost(max(0, a.deg - b.deg), max(0, a.lg - b.lg), max(0, a.exp - b.exp),
                max(0, a.fact - b.fact), names)


def clamp(c):
    """Canonical display: more than cubic-ish polynomial growth is kept, logs capped at 2."""
    return Cost(c.deg, min(c.lg, 2), min(c.exp, 1), min(c.fact, 1), c.names, c.why)


def render(c):
    c = clamp(c)
    if c.fact:
        return "O(n!)"
    if c.exp:
        return "O(2^n)"
    parts = []
    distinct = sorted(set(c.names))
    if c.deg == int(c.deg) and len(distinct) > 1 and len(c.names) == int(c.deg) \
            and all(len(x) <= 2 and x.isidentifier() for x in distinct) and c.deg <= 3:
        distinct.sort(key=lambda x: (x != "n", x))  # O(n*m), as people write it
        counts = {x: c.names.count(x) for x in distinct}
        poly = "*".join(x if counts[x] == 1 else "%s^%d" % (x, counts[x]) for x in distinct)
        parts.append(poly)
    elif c.deg == 0.5:
        parts.append("sqrt n")
    elif c.deg == 1:
        parts.append("n")
    elif c.deg > 0:
        d = c.deg
        parts.append("n^%s" % (int(d) if d == int(d) else round(d, 2)))
    if c.lg == 1:
        parts.append("log n")
    elif c.lg > 1:
        parts.append("log^%d n" % c.lg)
    if not parts:
        return "O(1)"
    return "O(%s)" % " ".join(parts)


def klass(c):
    """The seven CodeComplex classes, plus the extra names used for the canonical result."""
    if c.fact:
        return "factorial"
    if c.exp:
        return "exponential"
    d = c.deg
    if d == 0:
        return "logn" if c.lg else "constant"
    if d < 1:
        return "sqrt"
    if d == 1:
        return "nlogn" if c.lg else "linear"
    if d <= 2:
        return "quadratic"
    if d <= 3:
        return "cubic"
    return "polynomial"


# ----------------------------------------------------------------------------------------------------
# Helpers over the syntax tree

INPUT_FUNCS = {"input", "raw_input"}
MUTATING_METHODS = {"append", "add", "appendleft", "insert", "extend", "update", "pop", "popleft", "remove",
                    "discard", "setdefault"}
# Module functions over a sorted list or a heap given as their first argument: those that change it
# and those that read it (heappop does both).
# The calls that add one item to the list they are given first (module functions, not methods).
# heapq.heappush through the module is left out: a heap pushed to only while it holds fewer than k
# items, then popped before each push, holds k (Python program 110 of the dev set, labelled n log n,
# scans it with nsmallest); what caps a heap at a size read from the input is not modelled yet
# (capped_heap knows constant caps), so only the bare heappush grows a heap, as before.
_ADDS_TO_FIRST_ARGUMENT = ("insort", "insort_left", "insort_right")
SORTED_HEAP_WRITES = {"insort", "insort_left", "insort_right", "heappush", "heappop", "heapreplace", "heappushpop"}
SORTED_HEAP_READS = {"bisect", "bisect_left", "bisect_right", "heappop", "heapreplace", "heappushpop", "nsmallest",
                     "nlargest"}
INPUT_ATTRS = {"readline", "readlines", "read", "buffer"}
HASH_CTORS = {"set", "dict", "frozenset", "Counter", "defaultdict", "OrderedDict"}
LOG_FUNCS = {"heappush", "heappop", "heapreplace", "heappushpop", "bisect", "bisect_left",
             "bisect_right", "insort", "insort_left", "insort_right", "gcd", "lcm", "pow",
             "bit_length", "log", "log2", "log10", "isqrt"}


def call_name(node):
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def base_name(node):
    """The variable a subscript/attribute chain starts from: a[i][j].x -> a."""
    while isinstance(node, (ast.Subscript, ast.Attribute, ast.Starred)):
        node = node.value
    if isinstance(node, ast.Name):
        return node.id
    return None


def target_names(t):
    if isinstance(t, ast.Name):
        return [t.id]
    if isinstance(t, (ast.Tuple, ast.List)):
        out = []
        for e in t.elts:
            out += target_names(e)
        return out
    if isinstance(t, ast.Starred):
        return target_names(t.value)
    return []


EMPTY_CTORS = {"set", "dict", "list", "deque", "defaultdict", "Counter", "OrderedDict", "bytearray"}


def is_empty_container(node):
    """[], {}, set(), deque(), defaultdict(list), [0] * 26: a fresh collection of constant size."""
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return all(is_constant_expr(e) for e in node.elts)
    if isinstance(node, ast.Dict):
        return all(v is not None and is_constant_expr(v) for v in node.values)
    if isinstance(node, ast.Call) and call_name(node) in EMPTY_CTORS and not node.keywords:
        return not node.args or call_name(node) == "defaultdict"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and isinstance(node.left, ast.List):
        return is_constant_expr(node)
    return False


def loop_resets(body, stack=(), out=None):
    """Names set to a fresh empty collection directly in a loop's body, with the loops around that
    point: whatever the loop body adds to it is gone at the next iteration."""
    out = {} if out is None else out
    for st in body:
        if isinstance(st, ast.Assign) and stack:
            for t in st.targets:
                pairs = [(t, st.value)]
                if isinstance(t, ast.Tuple) and isinstance(st.value, ast.Tuple) \
                        and len(t.elts) == len(st.value.elts):
                    pairs = list(zip(t.elts, st.value.elts))
                for te, ve in pairs:
                    if isinstance(te, ast.Name) and is_empty_container(ve):
                        out.setdefault(te.id, set()).add(stack)
        if isinstance(st, (ast.For, ast.AsyncFor, ast.While)):
            loop_resets(st.body, stack + (id(st),), out)
        elif isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
            loop_resets(st.body, (), out)
        else:
            for field in ("body", "orelse", "finalbody"):
                block = getattr(st, field, None)
                if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                    loop_resets_nested(block, stack, out)
            for h in getattr(st, "handlers", []) or []:
                loop_resets_nested(h.body, stack, out)
    return out


def loop_resets_nested(body, stack, out):
    # Inside an if or try a reset does not happen every iteration; only loops further in count.
    for st in body:
        if isinstance(st, (ast.For, ast.AsyncFor, ast.While)):
            loop_resets(st.body, stack + (id(st),), out)
        elif isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
            loop_resets(st.body, (), out)
        else:
            for field in ("body", "orelse", "finalbody"):
                block = getattr(st, field, None)
                if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                    loop_resets_nested(block, stack, out)
            for h in getattr(st, "handlers", []) or []:
                loop_resets_nested(h.body, stack, out)


def is_constant_expr(node):
    for sub in ast.walk(node):
        if isinstance(sub, (ast.Name, ast.Call, ast.Attribute, ast.Subscript)):
            return False
    return True


def bisects(value, obj):
    """bisect_left(s, x), bisect.bisect(s, x): a binary search in obj."""
    return isinstance(value, ast.Call) and call_name(value) in ("bisect", "bisect_left", "bisect_right") \
        and bool(value.args) and ast.dump(value.args[0]) == ast.dump(obj)


def on_standard_stream(call):
    """sys.stdin.readline(), sys.stdout.write(...): reading or writing the standard streams, even
    when a fast-input template wraps them in a class of its own with methods of the same names
    (which buffer the same input)."""
    obj = call.func.value if isinstance(call.func, ast.Attribute) else None
    if isinstance(obj, ast.Name):
        return obj.id in ("stdin", "stdout", "stderr")  # from sys import stdin
    return isinstance(obj, ast.Attribute) and obj.attr in ("stdin", "stdout", "stderr") \
        and isinstance(obj.value, ast.Name) and obj.value.id == "sys"


def reads_input(node):
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            name = call_name(sub)
            if name in INPUT_FUNCS:
                return True
            if isinstance(sub.func, ast.Attribute) and name in INPUT_ATTRS:
                return True
        if isinstance(sub, ast.Attribute) and sub.attr in ("stdin", "argv"):
            return True
        if isinstance(sub, ast.Name) and sub.id == "stdin":
            return True
    return False


def free_names(body, beside_output=False):
    """Names read in a block, leaving out those only read inside a comprehension that binds them
    (for _ in range(t): a = [int(_) for _ in input().split()] does not use the outer _). With
    beside_output, a name only printed (print("Case #%d:" % case, ans)) is not counted either: it
    labels the output without taking part in the work."""
    out = set()

    def visit(node, bound):
        if beside_output and isinstance(node, ast.Call) and call_name(node) in ("print", "write"):
            visit(node.func, bound)
            for a in list(node.args) + [k.value for k in node.keywords]:
                printed(a, bound)
            return
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = set(bound)
            for g in node.generators:
                visit(g.iter, inner)
                inner |= set(target_names(g.target))
                for cond in g.ifs:
                    visit(cond, inner)
            for field in ("elt", "key", "value"):
                sub = getattr(node, field, None)
                if sub is not None:
                    visit(sub, inner)
            return
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in bound:
            out.add(node.id)
        for child in ast.iter_child_nodes(node):
            visit(child, bound)

    def printed(node, bound):
        # Inside what is printed, only names used to compute a value count (an index, a call).
        if isinstance(node, ast.Name):
            return
        if isinstance(node, (ast.Subscript, ast.Call)):
            visit(node, bound)
            return
        for child in ast.iter_child_nodes(node):
            printed(child, bound)

    for st in body:
        visit(st, frozenset())
    return out


SCOPE_MARK = "'"


def shown(name):
    """A variable's name as written (scope_locals gives locals a suffix after SCOPE_MARK)."""
    return name.split(SCOPE_MARK, 1)[0]


def scope_locals(tree):
    """Give every function's local variables names of their own (x'1, x'2): the analyzer's sizes
    are per name and flow-insensitive, so an `x` in a helper function must not lend its size to an
    `x` in the main program. Names declared global or nonlocal, and names bound by def, class and
    import, keep their spelling; a nested function sees its enclosing function's locals."""
    counter = [0]
    scopes = []
    # Functions and lambdas outside any function: their free names are module names.
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            scopes.append((node, {}))
            continue
        stack.extend(ast.iter_child_nodes(node))
    while scopes:
        f, outer = scopes.pop()
        a = f.args
        params = [x for x in a.posonlyargs + a.args + a.kwonlyargs + [a.vararg, a.kwarg] if x is not None]
        if isinstance(f, ast.Lambda):
            # A lambda's parameters shadow; its body is one expression with no other bindings.
            own = {x.arg for x in params}
            mapping = {k: v for k, v in outer.items() if k not in own}
            body = [f.body]
        else:
            mapping = None
            body = f.body
        names, nested = [], []
        bound, fixed = {x.arg for x in params}, set()
        work = list(body)
        while work:
            node = work.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                fixed.add(node.name)
                work.extend(node.decorator_list)
                if isinstance(node, ast.ClassDef):
                    work.extend(node.bases)
                    work.extend(node.body)
                else:
                    work.extend(node.args.defaults)
                    work.extend(d for d in node.args.kw_defaults if d is not None)
                    nested.append(node)
                continue
            if isinstance(node, ast.Lambda):
                work.extend(node.args.defaults)
                nested.append(node)
                continue
            if isinstance(node, ast.Name):
                names.append(node)
                if isinstance(node.ctx, ast.Store):
                    bound.add(node.id)
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                fixed.update(node.names)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                fixed.update((x.asname or x.name).split(".")[0] for x in node.names)
            work.extend(ast.iter_child_nodes(node))
        if mapping is None:
            counter[0] += 1
            mapping = dict(outer)
            for name in bound - fixed:
                mapping[name] = name + SCOPE_MARK + str(counter[0])
            for x in params:
                x.arg = mapping.get(x.arg, x.arg)
        for n in names:
            if n.id in mapping:
                n.id = mapping[n.id]
        for g in nested:
            scopes.append((g, mapping))


def straight_line_blocks(tree):
    """The blocks that run once from top to bottom: the program's, each function's, and the body of
    `if __name__ == "__main__":` at the top level (the program itself, behind the guard)."""
    guarded = [st.body for st in tree.body if isinstance(st, ast.If) and isinstance(st.test, ast.Compare)
               and any(isinstance(n, ast.Name) and n.id == "__name__" for n in ast.walk(st.test))]
    return [tree.body] + guarded + [f.body for f in ast.walk(tree)
                                    if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]


def split_rebindings(tree):
    """Give a name rebound in straight-line code a name per binding (r = bin(r)[2:] makes the
    number r and its text of log r bits two names): sizes are per name and flow-insensitive, so
    one name bound to a number and later to its bits would keep the number's size. Only names
    bound by plain assignments at the top level of the program (or of its `__main__` guard) or of a
    function body (or of a loop body, for names each pass binds afresh: fresh_in_each_pass) are
    split, and only when no loop, branch or nested function binds them before their last such
    assignment (bindings after it belong to the last name); global and nonlocal names are kept."""
    blocks = straight_line_blocks(tree)
    declared = {name for n in ast.walk(tree) if isinstance(n, (ast.Global, ast.Nonlocal)) for name in n.names}

    def assigned(st):
        # The Name nodes a top-level `x = ...` / `a, x = ...` binds.
        if not isinstance(st, ast.Assign) or any(isinstance(n, ast.NamedExpr) for n in ast.walk(st.value)):
            return []
        return [n for t in st.targets for n in ast.walk(t)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]

    loops = [(loop.body, loop) for loop in ast.walk(tree)
             if isinstance(loop, (ast.For, ast.While)) and not loop.orelse]
    for block, loop in [(b, None) for b in blocks] + loops:
        top = {}
        for k, st in enumerate(block):
            for n in assigned(st):
                if not top.get(n.id) or top[n.id][-1] != k:
                    top.setdefault(n.id, []).append(k)
        candidates = {x for x, ks in top.items() if len(ks) >= 2 and x not in declared}
        if candidates and loop is not None:
            candidates &= fresh_in_each_pass(tree, loop)
        if not candidates:
            continue
        for st in block:
            inner = [n for n in ast.walk(st) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                              ast.ClassDef, ast.Lambda))]
            for f in inner:
                candidates -= {n.id for n in ast.walk(f) if isinstance(n, ast.Name)}
        for i, st in enumerate(block):
            if assigned(st):
                continue
            # A comprehension's variables are its own (Python 3): they rebind nothing outside.
            own = {id(t) for g in ast.walk(st) if isinstance(g, ast.comprehension) for t in ast.walk(g.target)}
            for n in ast.walk(st):
                if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load) and id(n) not in own \
                        and n.id in candidates and (isinstance(n.ctx, ast.Del) or i < top[n.id][-1]):
                    candidates.discard(n.id)
        for x in candidates:
            ks = top[x]
            for j, k in enumerate(ks[1:], start=1):
                new = x + SCOPE_MARK + "r" + str(j)
                for n in assigned(block[k]):
                    if n.id == x:
                        n.id = new
                nxt = ks[j + 1] if j + 1 < len(ks) else len(block)
                # Up to the next binding, whose value (not its target) still reads this one.
                for i in range(k + 1, min(nxt + 1, len(block))):
                    skip = {id(n) for n in assigned(block[i])} if i == nxt else set()
                    for n in ast.walk(block[i]):
                        if isinstance(n, ast.Name) and n.id == x and id(n) not in skip:
                            n.id = new


def fresh_in_each_pass(tree, loop):
    """Names a loop's body binds by a plain assignment at its top level before anything in the body
    reads them, and that nothing outside the loop mentions: each pass starts them afresh (s = input()
    ... s = s.split() in one test case), so the body is straight-line code for them, as a function's
    is, and split_rebindings may give each of their bindings a name of its own."""
    inside = {id(n) for n in ast.walk(loop) if n is not loop}
    outside = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in inside}
    outside |= {n.id for n in ast.walk(loop.target if isinstance(loop, ast.For) else loop.test)
                if isinstance(n, ast.Name)}
    fresh, seen = set(), set()
    for st in loop.body:
        stores = []
        if isinstance(st, ast.Assign):
            loads = {n.id for n in ast.walk(st.value) if isinstance(n, ast.Name)}
            stores = [n.id for t in st.targets for n in ast.walk(t)
                      if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)]
            seen |= loads | {n.id for t in st.targets for n in ast.walk(t)
                             if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Store)}
        else:
            seen |= {n.id for n in ast.walk(st) if isinstance(n, ast.Name)}
        fresh |= {x for x in stores if x not in seen and x not in outside}
        seen |= set(stores)
    return fresh


def spell_out_constant_remainders(blocks):
    """k %= 26 at the top level of the program or of a function is k = k % 26: a new binding whose
    value is below a constant, so split_rebindings gives it its own name and size (a loop over
    range(k) after it is constant), where an augmented assignment would keep the size k was read
    with. Inside loops and branches nothing changes: those are not split anyway."""
    for block in blocks:
        for i, st in enumerate(block):
            if isinstance(st, ast.AugAssign) and isinstance(st.op, ast.Mod) and isinstance(st.target, ast.Name) \
                    and isinstance(st.value, ast.Constant) and isinstance(st.value.value, int):
                value = ast.BinOp(left=ast.Name(id=st.target.id, ctx=ast.Load()), op=ast.Mod(), right=st.value)
                block[i] = ast.copy_location(ast.Assign(targets=[ast.Name(id=st.target.id, ctx=ast.Store())],
                                                        value=ast.copy_location(value, st)), st)
                ast.fix_missing_locations(block[i])


def spell_out_clamps(blocks):
    """if n > 20: n = 20 at the top level of the program or of a function is n = min(n, 20): a new
    binding no larger than the cap, which split_rebindings gives its own name and size; the
    analysis is flow-insensitive and would not narrow n inside the branch. Only a lone assignment
    of the compared bound, without an else."""
    for block in blocks:
        for i, st in enumerate(block):
            if not (isinstance(st, ast.If) and not st.orelse and len(st.body) == 1
                    and isinstance(st.body[0], ast.Assign) and len(st.body[0].targets) == 1
                    and isinstance(st.body[0].targets[0], ast.Name)
                    and isinstance(st.test, ast.Compare) and len(st.test.ops) == 1):
                continue
            name = st.body[0].targets[0].id
            value = st.body[0].value
            left, op, right = st.test.left, st.test.ops[0], st.test.comparators[0]
            if isinstance(op, (ast.Lt, ast.LtE)):
                left, right = right, left
            elif not isinstance(op, (ast.Gt, ast.GtE)):
                continue
            if not (isinstance(left, ast.Name) and left.id == name and ast.dump(right) == ast.dump(value)):
                continue
            call = ast.Call(func=ast.Name(id="min", ctx=ast.Load()),
                            args=[ast.Name(id=name, ctx=ast.Load()), value], keywords=[])
            block[i] = ast.copy_location(ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())],
                                                    value=ast.copy_location(call, st)), st)
            ast.fix_missing_locations(block[i])


def range_step(loop):
    """The step of `for x in range(...)` when it is a nonzero integer written out (1 when omitted),
    else None: the counter then takes a new value on every pass."""
    it = loop.iter
    if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and isinstance(it, ast.Call)
            and isinstance(it.func, ast.Name) and it.func.id == "range" and 1 <= len(it.args) <= 3):
        return None
    if len(it.args) < 3:
        return 1
    step = it.args[2]
    if isinstance(step, ast.UnaryOp) and isinstance(step.op, ast.USub) and isinstance(step.operand, ast.Constant):
        value = step.operand.value
        return -value if isinstance(value, int) and value else None
    return step.value if isinstance(step, ast.Constant) and isinstance(step.value, int) and step.value else None


def short_slice(slc):
    """s[:2], s[3:5], s[-2:], s[i:i + 3]: a slice whose length its bounds fix at a constant, so it
    copies a constant number of items however long the sequence is. s[1:] and s[1:-1] are not."""
    def const(e):
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
            e = e.operand
            return -e.value if isinstance(e, ast.Constant) and isinstance(e.value, int) else None
        return e.value if isinstance(e, ast.Constant) and isinstance(e.value, int) \
            and not isinstance(e.value, bool) else None

    if slc.step is not None and const(slc.step) is None:
        return False
    lo = None if slc.lower is None else const(slc.lower)
    hi = None if slc.upper is None else const(slc.upper)
    if slc.lower is None and hi is not None:
        return hi >= 0
    if slc.upper is None and lo is not None:
        return lo < 0
    if lo is not None and hi is not None:
        return (lo >= 0) == (hi >= 0)
    up = slc.upper
    if (slc.lower is None or (lo is not None and lo >= 0)) and isinstance(up, ast.Call) \
            and isinstance(up.func, ast.Name) and up.func.id == "min" \
            and any(const(x) is not None and const(x) >= 0 for x in up.args):
        return True  # s[:min(n, 5)], a[0:min(n, 5)]: at most five items
    if slc.lower is not None and isinstance(up, ast.BinOp) and isinstance(up.op, ast.Add) \
            and const(up.right) is not None and ast.dump(up.left) == ast.dump(slc.lower):
        return True
    return False


def names_in(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def updates_of_items(body):
    """Names whose items a block assigns (p[x] = ...)."""
    return {base_name(t) for b in body for n in ast.walk(b) if isinstance(n, ast.Assign)
            for t in n.targets if isinstance(t, ast.Subscript)} - {None}


def end_line(node):
    return getattr(node, "end_lineno", None) or node.lineno


# ----------------------------------------------------------------------------------------------------
# Steps by the counter of a loop around (harmonic sums): a loop that runs from about 0 to M in steps
# of i, once for each value i = 1, 2, ..., K of an outer counter, runs M/1 + M/2 + ... + M/K =
# M log K times in all, not M times K.

def counter_of_loop_around(an, name):
    """How many values the counter `name` of a loop around takes: the target of a `for` over a
    range, or a while loop's counter raised by a positive constant (i += 1 under while i * i <= n).
    None when `name` is no such counter (or an inner loop rebinds it)."""
    for loop, assigned in reversed(an.enclosing_loops):
        if isinstance(loop, ast.For):
            if isinstance(loop.target, ast.Name) and loop.target.id == name:
                if name in assigned or not (isinstance(loop.iter, ast.Call) and call_name(loop.iter) == "range"):
                    return None
                return an.loop_iters.get(id(loop))
        elif isinstance(loop, ast.While) and name in names_in(loop.test):
            raises = [s for s in ast.walk(ast.Module(body=loop.body, type_ignores=[]))
                      if isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name) and s.target.id == name]
            if name in assigned or not raises or not all(
                    isinstance(s.op, ast.Add) and isinstance(s.value, ast.Constant)
                    and type(s.value.value) is int and s.value.value > 0 for s in raises):
                return None
            return an.loop_iters.get(id(loop))
        if name in assigned:
            return None
    return None


def harmonic_share(an, step, limit):
    """The iterations of one run of a loop stepping by the counter `step` of a loop around up to a
    limit of magnitude `limit`: the harmonic total, limit * log, shared out over the runs."""
    if not isinstance(step, ast.Name) or limit.is_const():
        return None
    runs = counter_of_loop_around(an, step.id)
    if runs is None or runs.is_const():
        return None
    return cdiv(limit * log_of(limit), runs)


def harmonic_while(an, st, updates, bound):
    """while j <= n: j += i, with i the counter of a loop around: every counter of the condition
    that the loop changes is only raised by that outer counter."""
    changed = [name for name in names_in(st.test) if name in updates]
    if not changed or bound.is_const():
        return None
    share = None
    for name in changed:
        for kind, op, value in updates[name]:
            if not (kind == "aug" and isinstance(op, ast.Add) and isinstance(value, ast.Name)
                    and value.id not in updates):
                return None
            share = harmonic_share(an, value, bound)
            if share is None:
                return None
    return share, "harmonic"


def harmonic_stop(an, stop):
    """range(1, n // i + 1) with i the counter of a loop around: n / i passes, n log n over all i."""
    while isinstance(stop, ast.BinOp) and isinstance(stop.op, (ast.Add, ast.Sub)) \
            and isinstance(stop.right, ast.Constant):
        stop = stop.left
    if isinstance(stop, ast.BinOp) and isinstance(stop.op, (ast.FloorDiv, ast.Div)):
        return harmonic_share(an, stop.right, an.magnitude(stop.left))
    return None


def harmonic_product(an, st, updates):
    """while i * k <= n: k += 1, with i the counter of a loop around: k stops at n / i."""
    test = st.test
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], (ast.Lt, ast.LtE))):
        return None
    prod, limit = test.left, test.comparators[0]
    if not (isinstance(prod, ast.BinOp) and isinstance(prod.op, ast.Mult)
            and all(isinstance(x, ast.Name) for x in (prod.left, prod.right))) or names_in(limit) & set(updates):
        return None
    for counter, outer in ((prod.left, prod.right), (prod.right, prod.left)):
        ups = updates.get(counter.id, [])
        if ups and outer.id not in updates and all(
                k == "aug" and isinstance(o, ast.Add) and isinstance(v, ast.Constant) for k, o, v in ups):
            share = harmonic_share(an, outer, an.magnitude(limit))
            if share is not None:
                return share, "harmonic"
    return None


def count_by_exit(an, st):
    """while True: if n <= 1: break ... n //= 2 -- a loop whose exit is a test at the top level of
    its body runs as `while not test` would: when that halves, doubles or searches, the loop does
    too, rather than walking the input once until some break. None otherwise."""
    for k, sub in enumerate(st.body):
        chain = exits_after_chain(sub)
        if isinstance(sub, ast.If) and sub.body and sub.orelse and always_exits(sub.orelse) \
                and not always_exits(sub.body):
            # if (n % 3 == 0) { n /= 3; } else break; -- the loop goes on while the test holds.
            loop = ast.While(test=sub.test, body=st.body[:k] + sub.body + st.body[k + 1:], orelse=[])
        elif chain:
            # if (a) hi = mid - 1; else if (b) lo = mid + 1; else return mid; -- while a or b holds.
            loop = ast.While(test=chain[0], body=st.body[:k] + [chain[1]] + st.body[k + 1:], orelse=[])
        elif not (isinstance(sub, ast.If) and not sub.orelse and sub.body
                  and always_exits(sub.body)):  # `if (x >= n) return k;` leaves too
            continue
        else:
            rest = st.body[:k] + st.body[k + 1:]
            if not rest:
                continue
            loop = ast.While(test=ast.UnaryOp(op=ast.Not(), operand=sub.test), body=rest, orelse=[])
        ast.copy_location(loop, st)
        noted = len(an.uncertain)
        iters, note = an.while_iterations(loop)
        del an.uncertain[noted:]
        if note in ("halving", "doubling", "binary search", "harmonic", "halving/doubling over a constant"):
            return iters, note
        if note == "linear" and exit_counter_steps(sub.test, loop.body):
            return iters, "counter to its exit"
    return None


def scale_of(value, name):
    """The factor by which `name = value` scales the name, when value is a sum of multiples of it and
    of terms that stay bounded: n // 2 + n % 2 is a half, n - n // 2 a half, 2 * x + 1 a double,
    x + x a double. A divisor or factor that is another name counts as 2 (x // k, x * k + 1), as
    x //= k and x *= k already do. None when anything else enters (another name added, a call)."""
    def walk(e):
        if isinstance(e, ast.Constant) and type(e.value) in (int, float):
            return 0.0
        if isinstance(e, ast.Name):
            return 1.0 if e.id == name else None
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub):
            inner = walk(e.operand)
            return None if inner is None else -inner
        if not isinstance(e, ast.BinOp):
            return None
        if isinstance(e.op, ast.Mod):
            return 0.0 if name not in names_in(e.right) else None  # n % 2 stays below 2
        right = e.right
        k = right.value if isinstance(right, ast.Constant) and type(right.value) in (int, float) else (
            2 if isinstance(right, ast.Name) and right.id != name else None)
        if isinstance(e.op, (ast.FloorDiv, ast.Div, ast.RShift, ast.Mult, ast.LShift)):
            left = walk(e.left)
            if isinstance(e.op, ast.Mult) and k is None:
                # 2 * x: the constant on the left
                k = e.left.value if isinstance(e.left, ast.Constant) and type(e.left.value) in (int, float) else (
                    2 if isinstance(e.left, ast.Name) and e.left.id != name else None)
                left = walk(right)
            if left is None or k is None or k <= 0:
                return None
            if isinstance(e.op, ast.RShift):
                k = 2 ** k
            elif isinstance(e.op, ast.LShift):
                return left * 2 ** k
            return left * k if isinstance(e.op, ast.Mult) else left / k
        if isinstance(e.op, (ast.Add, ast.Sub)):
            a, b = walk(e.left), walk(e.right)
            if a is None or b is None:
                return None
            return a + b if isinstance(e.op, ast.Add) else a - b
        return None
    if name not in names_in(value):
        return None
    return walk(value)


def logarithmic_while(an, st):
    """How often a while loop runs when it halves or doubles its counter (while n: digits.append(n %
    10); n //= 10): what it collects holds log n items, not n. None for any other loop, whose count
    stays the environment's guess."""
    noted = len(an.uncertain)
    iters, note = an.while_iterations(st)
    del an.uncertain[noted:]  # a guess made while sizing collections is no finding about the loop
    if note in ("halving", "doubling", "binary search", "halving/doubling over a constant"):
        count_values_of_exponent(an, st, iters)
        doubled_up_to_a_limit(an, st)
        return iters
    return None


def setdefault_growth(an, call, loop_mag):
    """d.setdefault(k, []).append(v) in a loop: setdefault adds a key per pass as d[k] = v does, and
    the groups it hands out to append to make d a collection of collections."""
    inner = call.func.value if isinstance(call.func, ast.Attribute) else None
    target = inner if isinstance(inner, ast.Call) and call_name(inner) == "setdefault" else (
        call if call_name(call) == "setdefault" else None)
    if target is None or not isinstance(target.func, ast.Attribute) or not target.args:
        return
    d = base_name(target.func.value)
    if d is None:
        return
    if target is inner and call_name(call) in ("append", "add", "appendleft", "extend", "update"):
        an.nested.add(d)
    key = target.args[0]
    if loop_mag.is_const() or (isinstance(key, ast.Name) and key.id in an.char_names):
        return
    an.bump(d, an.growth(d, loop_mag))


def most_common_cost(an, obj, args, line):
    """Counter.most_common() sorts all its keys by count (n log n); most_common(k) keeps the k
    largest, linear while k is a constant and n log n when k can be as large as n."""
    om = an.magnitude(obj)
    if om.is_const() or (args and an.magnitude(args[0]).is_const()):
        return None
    return (om * log_of(om)).with_why("most_common() at line %d sorts the counts" % line)


def partitions_parameter(arg, p):
    """[x for x in a if x < pivot]: the items of the parameter on one side of a pivot. Calls on the
    sides of one pivot split the list between them, as a quicksort does (n log n expected)."""
    if not (isinstance(arg, ast.ListComp) and len(arg.generators) == 1 and p is not None):
        return False
    g = arg.generators[0]
    it = g.iter.value if isinstance(g.iter, ast.Subscript) and isinstance(g.iter.slice, ast.Slice) else g.iter
    if not (isinstance(it, ast.Name) and it.id == p and isinstance(g.target, ast.Name) and len(g.ifs) == 1):
        return False
    test = g.ifs[0]
    return isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(
        test.ops[0], (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) and g.target.id in names_in(test) and not (
        g.target.id in names_in(test.comparators[0]) and g.target.id in names_in(test.left))


def count_values_of_exponent(an, st, iters):
    """k = 0; while (1 << k) <= n: k += 1 -- a counter of the condition that a logarithmic loop only
    raises by a constant ends as large as the loop's count, log n: range(k) after it is log n
    passes, and 1 << k is n again (a sparse table's levels)."""
    if iters.is_const():
        return
    body = ast.Module(body=st.body, type_ignores=[])
    for name in names_in(st.test):
        ups = [x for x in ast.walk(body) if isinstance(x, (ast.Assign, ast.AugAssign))
               and name in [n for t in (x.targets if isinstance(x, ast.Assign) else [x.target])
                            for n in target_names(t)]]
        if ups and all(isinstance(x, ast.AugAssign) and isinstance(x.op, ast.Add)
                       and isinstance(x.value, ast.Constant) and type(x.value.value) is int for x in ups):
            an.bump(name, iters)


# ----------------------------------------------------------------------------------------------------
# The analyzer


class Analyzer:
    def __init__(self, tree, source):
        self.memo_in_comprehension = []  # (comprehension, costs of the memo tables its calls fill)
        scope_locals(tree)
        blocks = straight_line_blocks(tree)
        spell_out_constant_remainders(blocks)
        spell_out_clamps(blocks)
        narrow_after_closing_loops(tree)  # range(lo, hi + 1) after while hi - lo > 2 (rules_logn.py)
        narrow_in_guarded_branches(tree)  # n is min(n, 27) inside if n < 27 (rules_narrowing.py)
        split_rebindings(tree)
        self.tree = tree
        self.source = source
        self.appends_in_place = True  # s = s + x extends s (CPython); analyze_tree says otherwise for Java, C++
        self.module_names = None  # names the program assigns outside functions (computed once)
        self.loop_scopes = None  # id(loop) -> the function around it (computed once)
        self.mag = {}      # name -> Cost: how large a value / collection can grow
        self.kind = {}     # name -> "int" | "hash" | "seq" | "str"
        self.elem_hash = set()  # names of collections whose items are sets or dictionaries
        self.funcs = {}    # name -> FunctionDef
        self.func_cost = {}
        self.func_space = {}
        self.in_progress = set()
        self.hot_loops = []
        self.uncertain = []
        self.amortized = []
        self.enclosing_loops = []
        self.loop_iters = {}  # id(loop) -> its iterations, for loops inside stepping by its counter
        self.const_names = set()
        self.space_terms = []
        self.recursion_depth = {}
        self.nested = set()
        self.in_magnitude = set()
        self.visit_tables = {}  # a traversal's name -> the collections it tests and marks (uses_visited)
        # One walk collects functions, lambdas bound to names (input = lambda: sys.stdin.readline()
        # behaves like a small function) and names bound to a reader (input = sys.stdin.readline).
        self.lambdas = {}
        self.nodes = list(ast.walk(tree))
        self.piece_slice_ids = piece_slices(tree)  # a list cut into consecutive pieces (rules_templates.py)
        readers = set()
        # Methods are reached through an object (self.area()); a bare name inside a class such as
        # print(...) in `def print(self)` is the builtin, not the method.
        self.method_ids = {id(f) for c in self.nodes if isinstance(c, ast.ClassDef) for f in c.body
                           if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.plain_funcs = set()
        self.literal_param_memo = None
        self.number_text_memo = None
        self.char_names = set()  # loop variables over the characters of a text
        self.method_names = {f.name for c in self.nodes if isinstance(c, ast.ClassDef) for f in c.body
                             if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.imported = {(a.asname or a.name).split(".")[0] for n in self.nodes
                         if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names}
        for node in self.nodes:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.funcs.setdefault(node.name, node)
                if id(node) not in self.method_ids:
                    self.plain_funcs.add(node.name)
            elif isinstance(node, ast.Assign):
                if isinstance(node.value, ast.Lambda):
                    for t in node.targets:
                        for name in target_names(t):
                            self.lambdas[name] = node.value
                elif isinstance(node.value, ast.Attribute) and node.value.attr in INPUT_ATTRS:
                    for t in node.targets:
                        readers.update(target_names(t))
        self.input_aliases = {name for name, lam in self.lambdas.items() if reads_input(lam.body)} | readers
        self.input_memo = {}
        self.token_lists = self.input_token_lists()
        self.test_case_memo = {}
        self.resets = loop_resets(tree.body)
        self.line_lists = set()   # lists of lines of the input, one item per line
        self.line_vars = {}       # name -> whether every binding is a line read in a loop over items
        self.collect_lines(tree.body, False)
        self.flags = self.constant_flags()
        self.fixed_size = self.unpacked_names()
        self.name_values = None
        self.env_stack = []
        self.env_loops = {}  # id(loop) -> (loop, passes of the loops around it, its own passes guessed)
        # Whether a loop is one test case per pass depends on the sizes (queries on input-sized
        # data are not test cases): decide again once the sizes are known.
        self.test_case_memo = {}
        self.compute_environment()
        for name, bits in mask_state_bounds(self.tree, self.magnitude).items():
            # new[mask | bit] = ... rebuilt each pass: as many keys as mask | bit can take
            # (rules_mask_states.py), not one more per pass.
            self.mag[name] = cmax(*bits).with_why("bitmask states of %s" % shown(name))
        self.test_case_memo = {}

    def literal_params(self):
        """Parameters of the program's plain functions that every call fills with a collection
        written out in the code (known=[a], a default of ()) or passes on from such a parameter:
        they hold a constant number of items, not an input-sized collection."""
        if self.literal_param_memo is not None:
            return self.literal_param_memo
        funcs = {f.name: f for f in self.nodes if isinstance(f, ast.FunctionDef) and f.name in self.plain_funcs}
        calls = {name: [] for name in funcs}
        called = set()
        for n in self.nodes:
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in funcs:
                calls[n.func.id].append(n)
                called.add(id(n.func))
        # A function handed around as a value (key=f, map(f, ...)) has calls we cannot see.
        escaped = {n.id for n in self.nodes if isinstance(n, ast.Name) and n.id in funcs
                   and isinstance(n.ctx, ast.Load) and id(n) not in called}
        candidates = {}
        for name, f in funcs.items():
            if name in escaped or not calls[name]:
                continue
            a = f.args
            positional = a.posonlyargs + a.args
            defaults = dict(zip([x.arg for x in positional][len(positional) - len(a.defaults):], a.defaults))
            defaults.update({x.arg: d for x, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
            for i, p in enumerate(positional + a.kwonlyargs):
                values = []
                for c in calls[name]:
                    if any(isinstance(x, ast.Starred) for x in c.args) or any(k.arg is None for k in c.keywords):
                        values = None
                        break
                    kw = [k.value for k in c.keywords if k.arg == p.arg]
                    if i < len(positional) and i < len(c.args):
                        values.append(c.args[i])
                    elif kw:
                        values.append(kw[0])
                    elif p.arg in defaults:
                        values.append(defaults[p.arg])
                    else:
                        values = None
                        break
                if values:
                    candidates[(name, p.arg)] = values
        # Keep a parameter while every value is a display or another kept parameter.
        kept = set(candidates)
        changed = True
        while changed:
            changed = False
            for key in list(kept):
                for v in candidates[key]:
                    ok = isinstance(v, (ast.List, ast.Tuple, ast.Set, ast.Dict)) and not any(
                        isinstance(e, ast.Starred) for e in getattr(v, "elts", []))
                    if not ok and isinstance(v, ast.Name):
                        ok = any(k[1] == v.id for k in kept)
                    if not ok:
                        kept.discard(key)
                        changed = True
                        break
        # Grown inside the function (known.append(x)): not a fixed collection any more.
        for n in self.nodes:
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) \
                    and n.func.attr in MUTATING_METHODS:
                kept = {k for k in kept if k[1] != n.func.value.id}
        out = {}
        for name, p in kept:
            out.setdefault(name, set()).add(p)
        self.literal_param_memo = out
        return out

    def number_text_params(self):
        """Parameters that every call from outside the function fills with the text of a number
        (sd(str(n)), Java's sd(n + "")), mapped to those numbers: the text has log n digits, not n
        characters. Calls of the function from inside itself pass on pieces of the same text."""
        if self.number_text_memo is not None:
            return self.number_text_memo
        funcs = {f.name: f for f in self.nodes if isinstance(f, ast.FunctionDef) and f.name in self.plain_funcs}
        inside = {}
        for f in funcs.values():
            for n in ast.walk(f):
                inside[id(n)] = f.name
        called, calls = set(), {name: [] for name in funcs}
        for n in self.nodes:
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in funcs:
                called.add(id(n.func))
                if inside.get(id(n)) != n.func.id:
                    calls[n.func.id].append(n)
        escaped = {n.id for n in self.nodes if isinstance(n, ast.Name) and n.id in funcs
                   and isinstance(n.ctx, ast.Load) and id(n) not in called}
        out = {}
        for name, f in funcs.items():
            if name in escaped or not calls[name] or f.args.kwonlyargs or f.args.defaults:
                continue
            for i, p in enumerate(f.args.posonlyargs + f.args.args):
                numbers = []
                for c in calls[name]:
                    a = c.args[i] if i < len(c.args) and not c.keywords else None
                    if not (isinstance(a, ast.Call) and isinstance(a.func, ast.Name) and a.func.id == "str"
                            and len(a.args) == 1 and not isinstance(a.args[0], ast.Starred)):
                        numbers = None
                        break
                    numbers.append(a.args[0])
                if numbers:
                    out[(name, p.arg)] = numbers
        self.number_text_memo = out
        return out

    def constant_flags(self):
        """Module-level names bound exactly once, to a literal (MULTI_TEST = False), and never
        rebound: a template's switches. A condition on one is known before the program runs, so
        only the side it selects costs anything (`T = int(input()) if MULTI_TEST else 1` is 1)."""
        bindings = {}
        for node in self.nodes:
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                bindings[node.id] = bindings.get(node.id, 0) + 1
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bindings[node.name] = bindings.get(node.name, 0) + 2
            elif isinstance(node, ast.arg):
                bindings[node.arg] = bindings.get(node.arg, 0) + 2
        flags = {}
        for st in self.tree.body:
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                    and isinstance(st.value, ast.Constant) and isinstance(st.value.value, (bool, int)) \
                    and bindings.get(st.targets[0].id) == 1:
                flags[st.targets[0].id] = bool(st.value.value)
        return flags

    @staticmethod
    def unpacks(st):
        """`a, b, c = value`: a target of plain names only, which the value must match in length."""
        return isinstance(st, ast.Assign) and len(st.targets) == 1 \
            and isinstance(st.targets[0], (ast.Tuple, ast.List)) and len(st.targets[0].elts) >= 2 \
            and all(isinstance(e, ast.Name) for e in st.targets[0].elts)

    def unpacked_names(self):
        """Collections unpacked into a fixed number of names (`a, b, c = xs`): xs holds exactly that
        many items, a constant, unless the program also adds to it somewhere."""
        out = {n.value.id for n in self.nodes if self.unpacks(n) and isinstance(n.value, ast.Name)}
        for n in self.nodes:
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) \
                    and n.func.attr in ("append", "extend", "insert", "add", "update", "appendleft"):
                out.discard(n.func.value.id)
            elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
                out.discard(n.target.id)
        return out

    def flag_truth(self, test):
        """True/False when a condition is a constant flag (or its negation), else None."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self.flag_truth(test.operand)
            return None if inner is None else not inner
        if isinstance(test, ast.Name):
            return self.flags.get(test.id)
        if isinstance(test, ast.Constant) and isinstance(test.value, (bool, int)):
            return bool(test.value)
        return None

    # --- lines of the input ---
    # A line read once per iteration of a loop over n items is one item: the lines together are the
    # input, so parsing, slicing or searching each one adds up to reading the input once. Work on
    # such a line costs O(1) per item; loops over its characters still count it as a size.

    def is_line_expr(self, v):
        """input(), input().strip(), sys.stdin.readline().rstrip('\\n'): one line of the input."""
        while isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and call_name(v) in (
                "strip", "rstrip", "lstrip", "lower", "upper", "decode") and not self.is_input_call(v):
            v = v.func.value
        return isinstance(v, ast.Call) and self.is_input_call(v) and call_name(v) not in (
            "read", "readlines")

    def is_line_list_expr(self, v):
        if isinstance(v, ast.ListComp) and len(v.generators) == 1 and self.is_line_expr(v.elt):
            return True
        if isinstance(v, ast.Call) and call_name(v) in ("readlines", "splitlines") and self.mentions_input(v):
            return True
        if isinstance(v, ast.Call) and call_name(v) == "split" and v.args \
                and isinstance(v.args[0], ast.Constant) and v.args[0].value == "\n" \
                and isinstance(v.func, ast.Attribute) and isinstance(v.func.value, ast.Call) \
                and call_name(v.func.value) == "read" and self.mentions_input(v.func.value):
            return True
        if isinstance(v, ast.Call) and call_name(v) in ("sorted", "list", "reversed") and v.args:
            # sorted(input() for _ in range(n)), list([...]): the same lines in another order.
            return (isinstance(v.args[0], ast.Name) and v.args[0].id in self.line_lists) or (
                isinstance(v.args[0], ast.GeneratorExp) and len(v.args[0].generators) == 1
                and self.is_line_expr(v.args[0].elt)) or self.is_line_list_expr(v.args[0])
        if isinstance(v, ast.Subscript) and isinstance(v.slice, ast.Slice):
            return isinstance(v.value, ast.Name) and v.value.id in self.line_lists
        if isinstance(v, ast.Call) and call_name(v) == "split" and isinstance(v.func, ast.Attribute) \
                and self.is_line_expr(v.func.value):
            # input().split(): the words of one line share its length out between them, as lines
            # share the input's, so work on each word adds up to the line once.
            return True
        return False

    def collect_lines(self, stmts, in_items_loop):
        for _ in range(2):  # a second pass sees lists named after their first use
            self.collect_lines_pass(stmts, in_items_loop, False)

    def collect_lines_pass(self, stmts, in_items_loop, nested):
        for st in stmts:
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.collect_lines_pass(st.body, False, False)
                continue
            if isinstance(st, ast.ClassDef):
                continue
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                name = st.targets[0].id
                if self.is_line_list_expr(st.value):
                    self.line_lists.add(name)
                else:
                    item = in_items_loop and self.is_line_expr(st.value)
                    self.line_vars[name] = self.line_vars.get(name, True) and item
            elif isinstance(st, ast.Assign):
                for t in st.targets:
                    for name in target_names(t):
                        self.line_vars[name] = False
            if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) and call_name(st.value) == "append" \
                    and in_items_loop and st.value.args and self.is_line_expr(st.value.args[0]) \
                    and isinstance(st.value.func, ast.Attribute) and isinstance(st.value.func.value, ast.Name):
                self.line_lists.add(st.value.func.value.id)
            if isinstance(st, (ast.For, ast.AsyncFor)):
                it = st.iter
                if isinstance(it, ast.Call) and call_name(it) == "enumerate" and it.args:
                    it = it.args[0]
                    t = st.target.elts[-1] if isinstance(st.target, ast.Tuple) and st.target.elts else None
                else:
                    t = st.target
                if (isinstance(it, ast.Name) and it.id in self.line_lists) or self.is_line_list_expr(it):
                    if isinstance(t, ast.Name):
                        self.line_vars.setdefault(t.id, True)
                items = nested or not self.is_test_case_loop(st)
                self.collect_lines_pass(st.body, items, True)
                self.collect_lines_pass(st.orelse, in_items_loop, nested)
                continue
            if isinstance(st, ast.While):
                items = nested or not self.is_test_case_while(st)
                self.collect_lines_pass(st.body, items, True)
                continue
            for field in ("body", "orelse", "finalbody"):
                block = getattr(st, field, None)
                if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                    self.collect_lines_pass(block, in_items_loop, nested)
            for h in getattr(st, "handlers", []) or []:
                self.collect_lines_pass(h.body, in_items_loop, nested)

    def is_line_item(self, node):
        """One line of the input among many: a name bound to such a line, an item of a list of
        lines, or a string method applied to either (s.strip(), s.split())."""
        while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and call_name(node) in (
                "strip", "rstrip", "lstrip", "lower", "upper", "split", "replace", "decode"):
            node = node.func.value
        if isinstance(node, ast.Subscript):
            if isinstance(node.slice, ast.Slice):
                return self.is_line_item(node.value)
            # lines[i], and lines[i][0]: a character of such a line is part of it too.
            return isinstance(node.value, ast.Name) and node.value.id in self.line_lists \
                or self.is_line_item(node.value)
        return isinstance(node, ast.Name) and self.line_vars.get(node.id, False)

    def parses_line_item(self, node):
        """map(int, s.split()), s.split(), s: parsing one line of the input among many."""
        if isinstance(node, ast.Call) and call_name(node) in ("map", "filter") and len(node.args) == 2:
            node = node.args[1]
        return self.is_line_item(node)

    # --- environment: magnitudes and kinds of names, flow-insensitive, to a fixed point ---

    def is_input_call(self, node):
        if not isinstance(node, ast.Call):
            return False
        name = call_name(node)
        if name in INPUT_FUNCS or name in self.input_aliases:
            return True
        if isinstance(node.func, ast.Attribute) and name in INPUT_ATTRS and reads_input(node.func):
            return True
        return False

    def mentions_input(self, node):
        # Asked about the same subtrees many times (each pass, each loop level): remember.
        key = id(node)
        hit = self.input_memo.get(key)
        if hit is None:
            hit = self.input_memo[key] = self.scan_input(node)
        return hit

    def input_token_lists(self):
        """Names bound to the whole input read at once and split into tokens
        (data = sys.stdin.read().split()), or to an iterator over them, and the cursors the
        program advances through them (idx += 1). Taking the next token (data[idx], next(it)) is
        reading the input, as input() is."""
        lists, iters = set(), set()
        for node in self.nodes:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                v = node.value
                if isinstance(v, ast.Call) and call_name(v) == "iter" and v.args:
                    v = v.args[0]
                    target = iters
                else:
                    target = lists
                while isinstance(v, ast.Call) and call_name(v) in ("list",) and v.args:
                    v = v.args[0]
                if isinstance(v, ast.Call) and call_name(v) == "split" and isinstance(v.func, ast.Attribute) \
                        and isinstance(v.func.value, ast.Call) and call_name(v.func.value) == "read" \
                        and reads_input(v.func.value) or (
                        isinstance(v, ast.Call) and call_name(v) == "split"
                        and isinstance(v.func, ast.Attribute) and isinstance(v.func.value, ast.Call)
                        and call_name(v.func.value) == "read" and isinstance(v.func.value.func, ast.Attribute)
                        and isinstance(v.func.value.func.value, ast.Call)
                        and call_name(v.func.value.func.value) == "open"
                        and v.func.value.func.value.args
                        and isinstance(v.func.value.func.value.args[0], ast.Constant)
                        and v.func.value.func.value.args[0].value == 0):
                    target.add(node.targets[0].id)
        cursors = {n.target.id for n in self.nodes if isinstance(n, ast.AugAssign)
                   and isinstance(n.target, ast.Name) and isinstance(n.op, ast.Add)}
        return lists, iters, cursors

    def scan_input(self, node):
        lists, iters, cursors = self.token_lists
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call) and self.is_input_call(sub):
                return True
            if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) and sub.value.id in lists \
                    and (names_in(sub.slice) & cursors or is_constant_expr(sub.slice)):
                return True
            if isinstance(sub, ast.Call) and call_name(sub) == "next" and sub.args \
                    and isinstance(sub.args[0], ast.Name) and sub.args[0].id in iters:
                return True
            if isinstance(sub, ast.Attribute) and sub.attr in ("stdin", "argv"):
                return True
            if isinstance(sub, ast.Name) and sub.id == "stdin":
                return True
        return False

    def bump(self, name, c):
        if c.deg > 6 or c.lg > 3:
            # A size that multiplies itself on every pass (x = x * y in a loop) says nothing more
            # past this point; capping it keeps the fixed-point passes cheap.
            c = Cost(min(c.deg, 6), min(c.lg, 3), c.exp, c.fact, c.names, c.why)
        if name in self.fixed_size:
            return
        old = self.mag.get(name)
        if old is None or c.key() > old.key():
            self.mag[name] = c
            self.changed = True

    def set_kind(self, name, k):
        if k and self.kind.get(name) != k:
            # A name that is ever a hash container keeps that kind: membership tests stay O(1).
            if self.kind.get(name) == "hash":
                return
            self.kind[name] = k
            self.changed = True

    def kind_of(self, node):
        if isinstance(node, (ast.Set, ast.Dict, ast.SetComp, ast.DictComp)):
            return "hash"
        if isinstance(node, ast.Call):
            name = call_name(node)
            if name in HASH_CTORS:
                return "hash"
            if name == "int" or name == "len":
                return "int"
            if name in ("str", "input"):
                return "str"
            if self.is_line_expr(node):
                # input().strip(), sys.stdin.readline().rstrip(): a line of text too.
                return "str"
            if name in ("list", "sorted", "tuple", "deque"):
                return "seq"
        if isinstance(node, (ast.List, ast.ListComp, ast.Tuple)):
            return "seq"
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str):
                return "str"
            if isinstance(node.value, int):
                return "int"
        if isinstance(node, ast.BinOp) and isinstance(node.left, (ast.List, ast.ListComp)):
            return "seq"
        return None

    def holds_hashes(self, value):
        """[set() for _ in range(n)], defaultdict(set), [{} ...]: a collection of hash containers."""
        if isinstance(value, (ast.ListComp, ast.GeneratorExp)):
            return self.kind_of(value.elt) == "hash"
        if isinstance(value, ast.DictComp):
            return self.kind_of(value.value) == "hash"
        if isinstance(value, ast.Call) and call_name(value) == "defaultdict" and value.args:
            f = value.args[0]
            if isinstance(f, ast.Name) and f.id in HASH_CTORS:
                return True
            if isinstance(f, ast.Lambda) and self.kind_of(f.body) == "hash":
                return True
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult) and isinstance(value.left, ast.List) \
                and value.left.elts and self.kind_of(value.left.elts[0]) == "hash":
            return True
        return False

    def is_hash_obj(self, node):
        """A set or dictionary: a name of that kind, or an item of a collection of them."""
        b = base_name(node)
        if isinstance(node, ast.Name):
            return self.kind.get(b) == "hash"
        if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
            return b in self.elem_hash
        if isinstance(node, ast.Call):
            return self.kind_of(node) == "hash"
        return False

    def compute_environment(self):
        history = []
        comprehensions = [n for n in self.nodes if isinstance(n, ast.comprehension)]
        for _ in range(5):
            self.changed = False
            self.env_visit(self.tree.body, ONE)
            for g in comprehensions:
                elem = self.element_magnitude(g.iter)
                for name in target_names(g.target):
                    self.bump(name, elem)
            history.append(dict(self.mag))
            if not self.changed:
                return
        # No fixed point: a collection grows inside a loop over itself (leaves = new_leaves in a
        # loop that walks leaves). Each pass multiplies its size again, which says nothing about the
        # program; keep the sizes of the first pass, before the cycle fed on itself.
        self.mag = history[0]

    def env_visit(self, stmts, loop_mag):
        for st in stmts:
            self.env_stmt(st, loop_mag)

    def env_stmt(self, st, loop_mag):
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = st.args
            fixed = self.literal_params().get(st.name, set()) | {
                p for f, p in constant_number_params(self, self.funcs) if f == st.name}
            texts = self.number_text_params()
            for a in args.posonlyargs + args.args + args.kwonlyargs:
                if (st.name, a.arg) in texts:
                    self.bump(a.arg, log_of(cmax(*[self.magnitude(x) for x in texts[(st.name, a.arg)]])))
                elif a.arg not in ("self", "cls") and a.arg not in fixed:
                    self.bump(a.arg, n_cost(shown(a.arg) if len(shown(a.arg)) <= 2 else "n"))
            saved, self.env_stack = self.env_stack, []
            self.env_visit(st.body, ONE)
            self.env_stack = saved
            return
        if isinstance(st, ast.ClassDef):
            self.env_visit(st.body, ONE)
            return
        if isinstance(st, (ast.Assign, ast.AugAssign)):
            text_grown_in_loop(self, st, loop_mag, cdiv)
        # Only when the innermost loop is a for loop of n passes or more: a piece added on each of log
        # n passes (the digits of a number) stays short, and a while loop's count is only a guess.
        own = cdiv(self.env_stack[-1][1], self.env_stack[-2][1]) if len(self.env_stack) > 1 else loop_mag
        grown = as_augmented_growth(st, self.kind) if own.deg >= 1 and self.env_stack else None
        if grown is not None and not any(id(x) == self.env_stack[-1][0] and isinstance(x, ast.For)
                                         for x in self.nodes):
            grown = None
        if grown is not None:
            st = grown  # res = res + [x] grows res as res += [x] does (a text's growth: text_grown_in_loop)
        if isinstance(st, ast.Assign):
            packed = groups_sized_by_counts(self, st)
            if packed:
                self.nested.add(packed)  # g[v] = [0] * deg[v]: groups that share out the items counted
            if not loop_mag.is_const() and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                    and (self.doubles(st.targets[0].id, st.value, 2)
                         or self.extends_each_by_choices(st.targets[0].id, st.value)
                         or rebuilt_from_each_item(self, st)):
                self.bump(st.targets[0].id, Cost(0, 0, 1).with_why(
                    "%s doubles on every pass of a loop (line %d)" % (shown(st.targets[0].id), st.lineno)))
                self.set_kind(st.targets[0].id, "seq")
            value_mag = self.magnitude(st.value)
            k = self.kind_of(st.value)
            for t in st.targets:
                if isinstance(t, ast.Name) and self.holds_hashes(st.value):
                    self.elem_hash.add(t.id)
                elif isinstance(t, ast.Subscript) and k == "hash" and isinstance(t.value, ast.Name):
                    self.elem_hash.add(t.value.id)
            for t in st.targets:
                if isinstance(t, (ast.Tuple, ast.List)) and isinstance(st.value, (ast.Tuple, ast.List)) \
                        and len(t.elts) == len(st.value.elts):
                    for te, ve in zip(t.elts, st.value.elts):
                        for name in target_names(te):
                            self.bump(name, self.magnitude(ve))
                            self.set_kind(name, self.kind_of(ve))
                    continue
                if isinstance(t, ast.Tuple) and value_mag.deg == 1 and not value_mag.lg \
                        and not value_mag.exp and self.mentions_input(st.value):
                    # n, m = map(int, input().split()): independent sizes keep their own names.
                    for name in target_names(t):
                        self.bump(name, n_cost(shown(name) if len(shown(name)) <= 2 else "n"))
                        self.set_kind(name, "int")
                    continue
                elems = st.value
                while isinstance(elems, ast.Call) and call_name(elems) in ("sorted", "list", "tuple", "reversed") \
                        and len(elems.args) == 1:
                    elems = elems.args[0]
                if isinstance(t, (ast.Tuple, ast.List)) and isinstance(elems, (ast.List, ast.Tuple)) and elems.elts:
                    # a, b, c = sorted([a, b, c]): each name is one of the items written out.
                    for name in target_names(t):
                        self.bump(name, cmax(*[self.magnitude(e) for e in elems.elts]))
                    continue
                for name in target_names(t):
                    self.bump(name, value_mag)
                    if isinstance(t, ast.Name):
                        self.set_kind(name, k)
                    elif isinstance(st.value, ast.Call) and call_name(st.value) == "map":
                        self.set_kind(name, "int")
                if isinstance(t, ast.Subscript):
                    # d[k] = v inside a loop grows a dictionary with the loop (a list keeps its size),
                    # unless its keys are characters of a text: at most the alphabet.
                    b = base_name(t)
                    if b and not loop_mag.is_const() and self.kind.get(b) == "hash" \
                            and not self.char_key(t):
                        self.bump(b, self.growth(b, loop_mag))
            return
        if isinstance(st, ast.AnnAssign) and st.value is not None:
            for name in target_names(st.target):
                self.bump(name, self.magnitude(st.value))
            return
        if isinstance(st, ast.AugAssign):
            if not loop_mag.is_const() and isinstance(st.target, ast.Name) and isinstance(st.op, ast.Add) \
                    and self.doubles(st.target.id, st.value, 1):
                self.bump(st.target.id, Cost(0, 0, 1).with_why(
                    "%s doubles on every pass of a loop (line %d)" % (shown(st.target.id), st.lineno)))
            outer_mag = loop_mag
            for name in target_names(st.target):
                loop_mag = self.growth(name, outer_mag)
                if isinstance(st.op, (ast.Add, ast.Mult, ast.BitOr, ast.LShift)):
                    v = self.magnitude(st.value)
                    if isinstance(st.op, ast.LShift) and not loop_mag.is_const():
                        v = shifted_over_log_passes(loop_mag) or Cost(0, 0, 1)
                    grow = v
                    if not loop_mag.is_const() and not self.magnitude(st.value).is_const():
                        grow = cmax(v, loop_mag)
                    elif not loop_mag.is_const() and isinstance(st.value, (ast.List, ast.ListComp)):
                        grow = loop_mag
                    self.bump(name, grow)
                    if isinstance(st.value, (ast.List, ast.ListComp)):
                        self.set_kind(name, "seq")
            b = base_name(st.target)
            if b and isinstance(st.target, ast.Subscript) and not loop_mag.is_const() \
                    and self.kind.get(b) == "hash" and not self.char_key(st.target):
                # counts[x] += 1 in a loop: the dictionary can get one key per iteration.
                self.bump(b, self.growth(b, outer_mag))
            return
        if isinstance(st, (ast.For, ast.AsyncFor)):
            it = self.iterations(st.iter)
            elem = self.element_magnitude(st.iter)
            for name in target_names(st.target):
                self.bump(name, elem)
            if isinstance(st.target, ast.Name) and (self.is_text(st.iter) or walks_characters(self, st.iter)):
                self.char_names.add(st.target.id)
            self.env_literal_items(st)
            if self.is_nested_part(st.iter) or env_counted_range(self, st.iter):
                # Neighbours of one vertex: over the whole traversal they add up to the edges.
                inner = cmax(loop_mag, it)
            elif not self.env_stack and self.is_test_case_loop(st):
                # One test case per iteration: what it collects (its answers) is per case too.
                inner = loop_mag
            else:
                inner = loop_mag * it
            grown = None if loop_mag.is_const() else self.appends_to_what_it_walks(st)
            if grown:
                self.bump(grown, Cost(0, 0, 1).with_why(
                    "%s doubles on every pass of a loop (line %d)" % (shown(grown), st.lineno)))
                self.set_kind(grown, "seq")
            self.env_stack.append((id(st), inner))
            self.env_loops[id(st)] = (st, loop_mag, it)
            self.env_visit(st.body, inner)
            self.env_stack.pop()
            self.env_visit(st.orelse, loop_mag)
            return
        if isinstance(st, ast.While):
            # How often a while loop runs is only guessed here; multiplying guesses makes
            # collections filled in it look far bigger than they are.
            guess = self.env_while_guess(st)
            if not self.env_stack and self.is_test_case_while(st):
                guess = ONE  # while t: t -= 1 -- what one test case collects is per case too
            inner = cmax(loop_mag, guess)
            self.env_loops[id(st)] = (st, loop_mag, guess)
            self.env_stack.append((id(st), inner))
            self.env_visit(st.body, inner)
            self.env_stack.pop()
            self.env_visit(st.orelse, loop_mag)
            return
        if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call):
            self.env_call(st.value, loop_mag)
        if isinstance(st, ast.If) and self.env_stack and self.env_divisor_branch(st):
            return
        for field in ("body", "orelse", "finalbody"):
            block = getattr(st, field, None)
            if isinstance(block, list):
                self.env_visit(block, loop_mag)
        if isinstance(st, ast.Try):
            for h in st.handlers:
                self.env_visit(h.body, loop_mag)
        if isinstance(st, ast.With):
            self.env_visit(st.body, loop_mag)

    def env_divisor_branch(self, st):
        """if n % d == 0: divs.append(d) -- directly inside the loop over d, the branch runs once per
        divisor of n (rules_logn.tests_a_divisor): what it adds counts log n passes of that loop,
        not all of them. Visits the branch and returns True when it is one."""
        loop, outer_mag, passes = self.env_loops.get(self.env_stack[-1][0], (None, ONE, ONE))
        if loop is None or passes.is_const() or not tests_a_divisor(st.test, loop, self.loop_assigned(loop.body)):
            return False
        self.env_visit(st.body, cmax(outer_mag, outer_mag * log_of(passes)))
        self.env_visit(st.orelse, self.env_stack[-1][1])
        return True

    def literal_elts(self, node):
        """The items of a tuple or list written out in the code ((a, b), [xs, ys]) or of a name
        bound only to one: a constant number of items, each the value it names."""
        if isinstance(node, ast.Name):
            if self.name_values is None:
                # Collected once: scanning the whole tree per loop and per pass is quadratic.
                self.name_values = {}
                for n in self.nodes:
                    if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                        self.name_values.setdefault(n.targets[0].id, []).append(n.value)
            values = self.name_values.get(node.id, [])
            if len(values) != 1:
                return None
            node = values[0]
        if isinstance(node, (ast.Tuple, ast.List)) and node.elts \
                and not any(isinstance(e, ast.Starred) for e in node.elts):
            return node.elts
        return None

    def env_literal_items(self, st):
        """for t in (a, b): t.sort() -- the loop runs twice, and t is each of the collections in
        turn, as large as the largest (also `for t, m in zip(pair, (h, w))`)."""
        if isinstance(st.iter, ast.Call) and call_name(st.iter) == "zip" and isinstance(st.target, ast.Tuple) \
                and len(st.target.elts) == len(st.iter.args):
            pairs = list(zip(st.target.elts, st.iter.args))
        else:
            pairs = [(st.target, st.iter)]
        for target, source in pairs:
            elts = self.literal_elts(source)
            if elts is None or not isinstance(target, ast.Name):
                continue
            self.bump(target.id, cmax(*[self.magnitude(e) for e in elts]))
            kinds = {self.kind.get(e.id) if isinstance(e, ast.Name) else None for e in elts}
            if len(kinds) == 1 and None not in kinds:
                self.set_kind(target.id, kinds.pop())

    @staticmethod
    def doubles(name, value, copies):
        """subsets = subsets + [s + [x] for s in subsets], out += [w + c for w in out],
        mm = list(map(f, mm)) + list(map(g, mm)): the new value holds the old one `copies` times or
        more (the name itself, or a comprehension or map over it), so the collection doubles on
        every pass of the loop around it: 2^n items after n passes."""
        terms = []

        def flatten(e):
            if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Add):
                flatten(e.left)
                flatten(e.right)
            else:
                terms.append(e)

        def covers(e):
            while isinstance(e, ast.Call) and call_name(e) in ("list", "tuple") and len(e.args) == 1:
                e = e.args[0]
            if isinstance(e, ast.Name):
                return e.id == name
            if isinstance(e, (ast.ListComp, ast.GeneratorExp)) and len(e.generators) == 1:
                it = e.generators[0].iter
                return isinstance(it, ast.Name) and it.id == name and not e.generators[0].ifs
            if isinstance(e, ast.Call) and call_name(e) == "map" and len(e.args) == 2:
                return isinstance(e.args[1], ast.Name) and e.args[1].id == name
            return False

        flatten(value)
        return len(terms) >= copies and sum(1 for t in terms if covers(t)) >= copies

    @staticmethod
    def extends_each_by_choices(name, value):
        """words = [w + c for w in words for c in 'ab']: every item comes back once per choice of a
        collection written out with two or more items, so the list at least doubles on every pass of
        the loop around it."""
        if not (isinstance(value, (ast.ListComp, ast.GeneratorExp, ast.SetComp)) and len(value.generators) >= 2):
            return False
        first = value.generators[0]
        if not (isinstance(first.iter, ast.Name) and first.iter.id == name) or first.ifs:
            return False
        for g in value.generators[1:]:
            if g.ifs:
                return False
            it = g.iter
            if isinstance(it, ast.Constant) and isinstance(it.value, str) and len(it.value) >= 2:
                continue
            if isinstance(it, (ast.List, ast.Tuple, ast.Set)) and len(it.elts) >= 2 and not any(
                    isinstance(e, ast.Starred) for e in it.elts):
                continue
            if isinstance(it, ast.Call) and call_name(it) == "range" and isinstance(it.func, ast.Name) \
                    and len(it.args) == 1 and isinstance(it.args[0], ast.Constant) \
                    and isinstance(it.args[0].value, int) and it.args[0].value >= 2:
                continue
            return False
        return True

    @staticmethod
    def appends_to_what_it_walks(loop):
        """for i in range(len(subs)): subs.append(subs[i] + [x]) (or for s in subs[:] / list(subs)):
        a loop over a list's own items, as many as it had when the loop began, that appends one
        item per pass: the list doubles. The name of the list, or None."""
        it = loop.iter
        name = None
        if isinstance(it, ast.Call) and call_name(it) == "range" and isinstance(it.func, ast.Name) \
                and len(it.args) == 1 and isinstance(it.args[0], ast.Call) \
                and call_name(it.args[0]) == "len" and len(it.args[0].args) == 1 \
                and isinstance(it.args[0].args[0], ast.Name):
            name = it.args[0].args[0].id
        elif isinstance(it, ast.Subscript) and isinstance(it.value, ast.Name) and isinstance(it.slice, ast.Slice) \
                and it.slice.lower is None and it.slice.upper is None and it.slice.step is None:
            name = it.value.id
        elif isinstance(it, ast.Call) and call_name(it) in ("list", "tuple") and isinstance(it.func, ast.Name) \
                and len(it.args) == 1 and isinstance(it.args[0], ast.Name):
            name = it.args[0].id
        if name is None:
            return None
        # One append per pass, not under a branch: the loop's top-level statements.
        for st in loop.body:
            if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) and call_name(st.value) == "append" \
                    and isinstance(st.value.func, ast.Attribute) and isinstance(st.value.func.value, ast.Name) \
                    and st.value.func.value.id == name:
                return name
        return None

    def growth(self, name, loop_mag):
        """How much a collection can grow from one statement that adds to it: the loops around the
        statement, less those outside the loop that empties the collection on every iteration."""
        prefixes = self.resets.get(name)
        if not prefixes or loop_mag.is_const():
            return loop_mag
        ids = tuple(i for i, _ in self.env_stack)
        best = None
        for p in prefixes:
            if ids[:len(p)] == p and (best is None or len(p) > len(best)):
                best = p
        if best is None:
            return loop_mag
        return cdiv(loop_mag, self.env_stack[len(best) - 1][1])

    def env_while_guess(self, st):
        short = logarithmic_while(self, st)
        if short is not None:
            return short
        if self.program_has_size():
            return n_cost()
        return ONE

    def env_call(self, call, loop_mag):
        setdefault_growth(self, call, loop_mag)
        name = call_name(call)
        if not loop_mag.is_const() and self.resolves(call):
            self.env_grown_through_call(self.funcs[name], loop_mag)
        if isinstance(call.func, ast.Attribute) and name not in _ADDS_TO_FIRST_ARGUMENT:
            b = base_name(call.func.value)
            if b is None:
                return
            if name in ("append", "add", "appendleft", "insert", "push", "update", "extend"):
                if isinstance(call.func.value, ast.Subscript):
                    # g[u].append(v): a collection of collections such as an adjacency list.
                    self.nested.add(b)
                grow = self.growth(b, loop_mag)
                if name in ("extend", "update") and call.args:
                    grow = self.magnitude(call.args[0]) if counted_extend(self, call.args[0]) else \
                        grow * self.magnitude(call.args[0])
                elif name == "add" and call.args and isinstance(call.args[0], ast.Name) \
                        and grow.key() > n_cost().key():
                    # A set of single values (vertices, numbers read) holds each value once.
                    grow = n_cost()
                if not grow.is_const():
                    self.bump(b, grow)
        elif (name == "heappush" or name in _ADDS_TO_FIRST_ARGUMENT) and call.args:
            # heappush(h, x), and bisect.insort also as the module's attribute (what Java's
            # TreeSet.add and TreeMap.put lower to): the list grows by one per call, so a loop of n
            # insertions leaves n items to scan or walk afterwards.
            b = base_name(call.args[0])
            if b and not loop_mag.is_const() \
                    and not capped_heap(self.tree, b, self.__dict__.setdefault("capped_heaps", {})):
                self.bump(b, self.growth(b, loop_mag))

    def env_grown_through_call(self, f, loop_mag):
        """`def add(x): items.append(x)` called on every pass of a loop: what the function adds to
        a collection of the program's (not one of its own names or parameters) it adds once per
        call, so the collection grows with the loop as if the append were written in it (a
        user-written list or graph class: `b.add(x)`, `addEdge(u, v)`). Only the function's own
        statements, once per function and loop pass: a call it makes is not followed."""
        busy = self.__dict__.setdefault("env_calls_busy", set())
        if id(f) in busy:
            return
        own = {a.arg for a in f.args.posonlyargs + f.args.args + f.args.kwonlyargs} | {
            t.id for n in ast.walk(f) if isinstance(n, (ast.Assign, ast.For, ast.AugAssign, ast.AnnAssign))
            for tg in (n.targets if isinstance(n, ast.Assign) else [n.target]) for t in ast.walk(tg)
            if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)}
        busy.add(id(f))
        try:
            for n in ast.walk(f):
                if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call) \
                        and isinstance(n.value.func, ast.Attribute) \
                        and call_name(n.value) in ("append", "add", "appendleft", "push") \
                        and base_name(n.value.func.value) not in own | {None}:
                    self.env_call(n.value, loop_mag)
        finally:
            busy.discard(id(f))

    def resolves(self, call):
        """Whether a call runs one of the program's functions: a bare name calls a function defined
        outside a class, obj.name() may call a method."""
        name = call_name(call)
        if name not in self.funcs or on_standard_stream(call):
            return False
        return not isinstance(call.func, ast.Name) or name in self.plain_funcs

    def program_has_size(self):
        return any(not c.is_const() for c in self.mag.values())

    # --- magnitudes of expressions ---

    def magnitude(self, node):
        if node is None:
            return ONE
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str) and len(node.value) > 0:
                return ONE
            return ONE
        if isinstance(node, ast.Name):
            return self.mag.get(node.id, ONE)
        if isinstance(node, ast.Call):
            return self.call_magnitude(node)
        if isinstance(node, ast.BinOp):
            if char_offset(node):
                return ONE  # s[i] - '0': a digit or a letter's place (rules_containers.py)
            left = self.magnitude(node.left)
            right = self.magnitude(node.right)
            op = node.op
            if isinstance(op, (ast.Add, ast.Sub, ast.BitOr, ast.BitXor)):
                return cmax(left, right)
            if isinstance(op, ast.Mult):
                if isinstance(node.left, (ast.List, ast.Tuple)):
                    return right  # [0] * n has n items
                if left.is_const():
                    return right
                if right.is_const():
                    return left
                # (x // k) * k rounds x: its size stays that of x.
                for a, b in ((node.left, node.right), (node.right, node.left)):
                    if isinstance(a, ast.BinOp) and isinstance(a.op, (ast.FloorDiv, ast.Div)) \
                            and ast.dump(a.right) == ast.dump(b):
                        return self.magnitude(a.left)
                return left * right
            if isinstance(op, (ast.FloorDiv, ast.Div, ast.RShift)):
                if right.is_const():
                    return left
                return left
            if isinstance(op, ast.Mod):
                if isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
                    return ONE
                return right if not right.is_const() else ONE
            if isinstance(op, ast.BitAnd):
                return right if right.key() < left.key() else left
            if isinstance(op, ast.LShift):
                if right.is_const():
                    return left
                return left * exp_of(right)
            if isinstance(op, ast.Pow):
                if isinstance(node.right, ast.Constant) and isinstance(node.right.value, (int, float)):
                    p = node.right.value
                    if left.is_const():
                        return ONE
                    if p == 0.5:
                        return sqrt_of(left)
                    if isinstance(p, int) and 0 < p <= 4:
                        out = left
                        for _ in range(p - 1):
                            out = out * left
                        return out
                    return left
                if not right.is_const():
                    return exp_of(right) if left.is_const() else Cost(0, 0, 1)
                return left
            return cmax(left, right)
        if isinstance(node, ast.UnaryOp):
            return self.magnitude(node.operand)
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            if not node.elts:
                return ONE
            return ONE
        if isinstance(node, ast.Dict):
            return ONE
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            out = ONE
            for g in node.generators:
                out = out * self.iterations(g.iter)
            return out
        if isinstance(node, ast.Subscript):
            if isinstance(node.slice, ast.Slice) and (short_slice(node.slice) or clamped_window(
                    self, node.slice.lower, node.slice.upper) or fixed_width_slice(self.tree, node.slice)):
                return ONE
            if isinstance(node.slice, ast.Slice):
                return self.magnitude(node.value)
            b = base_name(node.value)
            row = fixed_row_magnitude(self, node)
            if row is not None:
                return row
            # An element of a collection: a value read from the input is itself an input size.
            m = self.magnitude(node.value)
            if b and self.kind.get(b) == "hash":
                return m if not m.is_const() else ONE
            if item_of_text(self, node):
                return ONE  # s[i] of a text is one character: `key = key + w[k]` grows key by one
            if m.is_const():
                return ONE
            return n_cost("n") if m.deg >= 1 or m.exp else m
        if isinstance(node, ast.Attribute):
            return ONE
        if isinstance(node, ast.IfExp):
            known = self.flag_truth(node.test)
            if known is not None:
                return self.magnitude(node.body if known else node.orelse)
            return cmax(self.magnitude(node.body), self.magnitude(node.orelse))
        if isinstance(node, ast.Starred):
            return self.magnitude(node.value)
        if isinstance(node, ast.JoinedStr):
            return ONE
        if isinstance(node, ast.BoolOp):
            return cmax(*[self.magnitude(v) for v in node.values])
        return ONE

    def call_magnitude(self, node):
        name = call_name(node)
        args = node.args
        if self.is_input_call(node):
            return n_cost("n")
        if isinstance(node.func, ast.Attribute):
            obj = node.func.value
            if name in ("split", "strip", "rstrip", "lstrip", "copy", "lower", "upper", "replace",
                        "keys", "values", "items", "encode", "decode", "most_common", "splitlines"):
                return self.magnitude(obj)
            if name == "join" and args:
                return self.magnitude(args[0])
            if name in ("bit_length",):
                return log_of(self.magnitude(obj))
            if name in ("get", "pop", "popleft", "count", "index", "find"):
                m = self.magnitude(obj)
                return n_cost() if not m.is_const() else ONE
        if name in ("int", "float", "abs", "round", "Fraction", "Decimal", "ord", "chr"):
            return self.magnitude(args[0]) if args else ONE
        if name in ("str", "bin", "hex", "oct", "repr", "format"):
            if args:
                m = self.magnitude(args[0])
                k = self.kind.get(args[0].id) if isinstance(args[0], ast.Name) else None
                # The text of a number has log(value) digits; bin(int(input())) is the text of a
                # number read, not the line it was read from.
                number = name in ("bin", "hex", "oct") or (
                    isinstance(args[0], ast.Call) and call_name(args[0]) in ("int", "float"))
                if k not in ("str", "seq", "hash") and (number or not self.mentions_input(args[0])):
                    return log_of(m)
                return m
            return ONE
        if name == "len":
            return self.magnitude(args[0]) if args else ONE
        if name in ("list", "tuple", "set", "frozenset", "sorted", "reversed", "enumerate", "deque",
                    "Counter", "dict", "iter", "bytearray", "bytes", "array"):
            if not args:
                return ONE
            if name in ("set", "frozenset", "Counter") and self.is_text(args[0]):
                # The distinct characters of a line of text: at most its alphabet, a constant
                # (the input is bytes of text), however long the line is.
                return ONE
            return self.magnitude(args[0])
        if name == "from_iterable" and args:
            # chain.from_iterable(gen) yields every element of every inner iterable.
            a = args[0]
            if isinstance(a, (ast.GeneratorExp, ast.ListComp)):
                return self.magnitude(a) * self.magnitude(a.elt)
            return self.magnitude(a)
        if name == "zip" and args:
            # zip stops at its shortest argument.
            ms = [self.magnitude(a) for a in args]
            return min(ms, key=lambda c: c.key())
        if name in ("map", "filter", "zip", "chain"):
            return cmax(*[self.magnitude(a) for a in args[1 if name in ("map", "filter") else 0:]]) \
                if args else ONE
        if name == "range":
            if not args or char_range(args):
                return ONE  # range('a', c): characters from a letter written in the code
            if len(args) >= 2 and (self.differ_by_constant(args[0], args[1]) or (
                    isinstance(args[1], ast.Call) and call_name(args[1]) == "min"
                    and any(self.differ_by_constant(args[0], b) for b in args[1].args))
                    or clamped_window(self, args[0], args[1])):
                # range(x, x + 100): as many iterations as the constant, whatever x is; and
                # range(x, min(n, x + 100)) stops no later.
                return ONE
            share = harmonic_stop(self, args[1] if len(args) >= 2 else args[0]) if len(args) < 3 else None
            if share is not None:
                return share
            ms = [self.magnitude(a) for a in args[:2]]
            m = cmax(*ms)
            if len(args) == 3:
                step = args[2]
                share = harmonic_share(self, step, ms[1])
                if share is not None:
                    return share
                sm = self.magnitude(step)
                if not isinstance(step, ast.UnaryOp) and not sm.is_const() and sm.key() >= ms[1].key():
                    # range(i * i, n + 1, i) in a sieve: a start past the square of the step
                    # still leaves at most n / i steps.
                    return log_of(m)
                if not sm.is_const() and sm.key() >= m.key():
                    # range(i, n, i) inside a loop over i: n/1 + n/2 + ... + n/n = n log n in
                    # total, so each run of this loop counts as log n.
                    return log_of(m)
            return m
        if name == "pow" and len(args) == 2:
            # pow(x, k) without a modulus is x ** k.
            return self.magnitude(ast.BinOp(left=args[0], op=ast.Pow(), right=args[1]))
        if name in ("sqrt", "isqrt"):
            return sqrt_of(self.magnitude(args[0])) if args else ONE
        if name in ("log", "log2", "log10"):
            return log_of(self.magnitude(args[0])) if args else ONE
        if name == "min" and len(args) >= 2 and any(
                isinstance(a, ast.Constant) and type(a.value) is int and abs(a.value) < 10 ** 6 for a in args):
            # min(n, 20): never more than the constant, however large n grows. Only a small number
            # written out: min(best, x) after best = 10 ** 9 is a running minimum of the x.
            return ONE
        if name in ("max", "min", "sum"):
            return cmax(*[self.magnitude(a) for a in args]) if args else ONE
        if name in ("permutations",):
            # The orderings of a collection of constant size (permutations(range(4))) are a
            # constant number, wherever the iterator is stored before the loop uses it.
            if args and self.magnitude(args[0]).is_const() and all(
                    self.magnitude(a).is_const() for a in args[1:]):
                return ONE
            return Cost(0, 0, 0, 1)
        if name in ("combinations", "product", "combinations_with_replacement"):
            base = self.magnitude(args[0]) if args else ONE
            rep = [k for k in node.keywords if k.arg == "repeat"]
            if rep and not self.magnitude(rep[0].value).is_const():
                return Cost(0, 0, 1)
            if name == "product" and any(isinstance(a, ast.Starred) and not self.magnitude(a.value).is_const()
                                         for a in args):
                # product(*options): one factor per item of a collection that grows with the
                # input, so a choice from each of n lists: m^n tuples.
                return Cost(0, 0, 1)
            if name == "product" and len(args) >= 2:
                # product(xs, ys): every argument is an iterable, one pair per combination of
                # items (n * n); only combinations(xs, k) takes a count as its second argument.
                out = ONE
                for a in args:
                    out = out * self.magnitude(a)
                return out
            if len(args) >= 2 and not self.magnitude(args[1]).is_const():
                return Cost(0, 0, 1)
            if len(args) >= 2 and isinstance(args[1], ast.Constant) and isinstance(args[1].value, int):
                out = ONE
                for _ in range(min(args[1].value, 3)):
                    out = out * base
                return out
            return base
        if self.resolves(node):
            f = self.funcs[name]
            out = ONE
            if name not in self.in_magnitude:
                # What a function returns is as large as its largest return expression.
                self.in_magnitude.add(name)
                for sub in ast.walk(f):
                    if isinstance(sub, ast.Return) and sub.value is not None:
                        if self.mentions_input(sub.value):
                            out = cmax(out, n_cost())
                        else:
                            out = cmax(out, self.magnitude(sub.value))
                self.in_magnitude.discard(name)
            return out
        if name in self.lambdas:
            return self.magnitude(self.lambdas[name].body)
        return cmax(*[self.magnitude(a) for a in args]) if args else ONE

    def differ_by_constant(self, a, b):
        def fixed(e):
            # A literal, or a name whose value does not grow with the input (K = 5 at the top).
            return is_constant_expr(e) or isinstance(e, ast.Name) and e.id not in self.in_magnitude \
                and self.magnitude(e).is_const() and self.kind.get(e.id) in (None, "int")

        def core(e):
            # The expression without constant terms added or subtracted.
            if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Sub)):
                if fixed(e.right):
                    return core(e.left)
                if isinstance(e.op, ast.Add) and fixed(e.left):
                    return core(e.right)
            return ast.dump(e)
        if is_constant_expr(a) and is_constant_expr(b):
            return False
        return core(a) == core(b)

    def element_magnitude(self, it):
        """The magnitude of the loop variable when iterating over `it`."""
        if isinstance(it, ast.Call) and call_name(it) == "groupby":
            # (key, group) pairs whose groups partition the items: consuming every group costs
            # one pass over the items in all, O(1) per item, however the groups fall.
            return ONE
        if isinstance(it, ast.Call) and call_name(it) == "range":
            # The loop variable reaches the bounds' values even when it takes few steps.
            return cmax(*[self.magnitude(a) for a in it.args[:2]]) if it.args else ONE
        if isinstance(it, ast.Call) and call_name(it) == "enumerate" and it.args:
            return cmax(self.iterations(it.args[0]), self.element_magnitude(it.args[0]))
        m = self.magnitude(it)
        if m.is_const():
            return ONE
        if (isinstance(it, ast.Name) and self.kind.get(it.id) == "str") or (
                isinstance(it, ast.Call) and self.is_line_expr(it)):
            # The items of a string are characters, not numbers read from the input.
            return ONE
        return n_cost()

    def iterations(self, it):
        """How many times a loop over `it` runs."""
        if isinstance(it, ast.Call):
            name = call_name(it)
            if name == "range":
                return self.magnitude(it)
            if name in ("permutations",):
                m = self.magnitude(it.args[0]) if it.args else ONE
                return ONE if m.is_const() else Cost(0, 0, 0, 1)
            if name in ("combinations", "product", "combinations_with_replacement"):
                m = self.call_magnitude(it)
                args = it.args
                if name in ("combinations", "combinations_with_replacement") and args \
                        and self.magnitude(args[0]).is_const():
                    return ONE
                return m
            if name in ("items", "keys", "values"):
                return self.magnitude(it.func.value)
        return self.magnitude(it)

    # --- costs of expressions ---

    def expr_cost(self, node, line_hint=None):
        """The time to evaluate an expression once."""
        if node is None:
            return ONE
        total = ONE
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            if len(node.generators) == 1 and self.mentions_input(node.generators[0].iter) \
                    and not self.mentions_input(node.elt if hasattr(node, "elt") else node.value):
                # Parsing one line of the input: receiving the input, not work done on it.
                return ONE
            iters = ONE
            inner = ONE
            # The first iterable is evaluated once (zip(a, a[1:]) copies a once, not per pair); the
            # iterables of the inner generators once per item of the outer ones.
            first = self.expr_cost(node.generators[0].iter)
            self.memo_in_comprehension.append((node, []))  # memo tables its calls share (call_cost)
            for k, g in enumerate(node.generators):
                if k:
                    inner = cmax(inner, self.expr_cost(g.iter))
                iters = iters * self.iterations(g.iter)
                for cond in g.ifs:
                    inner = cmax(inner, self.expr_cost(cond))
            if isinstance(node, ast.DictComp):
                elt = cmax(self.expr_cost(node.key), self.expr_cost(node.value))
            else:
                elt = self.expr_cost(node.elt)
            per = cmax(elt, ONE)
            cost = cmax(iters * cmax(per, inner), first).with_why(
                "comprehension at line %d" % node.lineno) if not iters.is_const() else cmax(per, inner, first)
            cost = cmax(cost, *self.memo_in_comprehension.pop()[1])
            if not iters.is_const():
                self.record_loop(node, iters * per, 1)
            return cost
        if isinstance(node, ast.Lambda):
            return ONE
        if isinstance(node, ast.Call):
            total = cmax(total, self.call_cost(node))
            for a in node.args:
                total = cmax(total, self.expr_cost(a))
            for k in node.keywords:
                total = cmax(total, self.expr_cost(k.value))
            if isinstance(node.func, ast.Attribute):
                total = cmax(total, self.expr_cost(node.func.value))
            return total
        if isinstance(node, ast.Compare):
            total = self.expr_cost(node.left)
            for op, comp in zip(node.ops, node.comparators):
                total = cmax(total, self.expr_cost(comp))
                if isinstance(op, (ast.In, ast.NotIn)):
                    total = cmax(total, self.membership_cost(comp, node.lineno))
                elif isinstance(op, (ast.Eq, ast.NotEq, ast.Lt, ast.Gt, ast.LtE, ast.GtE)) \
                        and isinstance(comp, ast.Subscript) and isinstance(comp.slice, ast.Slice) \
                        and not self.is_line_item(comp):
                    total = cmax(total, self.magnitude(comp))
            return total
        if isinstance(node, ast.Subscript):
            total = cmax(self.expr_cost(node.value), self.expr_cost(node.slice))
            if isinstance(node.slice, ast.Slice) and not self.is_line_item(node.value) \
                    and not short_slice(node.slice) and not fixed_width_slice(self.tree, node.slice) \
                    and id(node) not in self.piece_slice_ids \
                    and not clamped_window(self, node.slice.lower, node.slice.upper) \
                    and not slice_of_a_window(self, node.slice):
                m = self.magnitude(node.value)
                if not m.is_const():
                    total = cmax(total, m.with_why("slice at line %d copies" % node.lineno))
            return total
        if isinstance(node, ast.BinOp):
            total = cmax(self.expr_cost(node.left), self.expr_cost(node.right))
            if isinstance(node.op, ast.Add):
                # Concatenating sequences copies both.
                for side in (node.left, node.right):
                    b = side.id if isinstance(side, ast.Name) else None
                    if b and self.kind.get(b) in ("seq", "str") and not self.mag.get(b, ONE).is_const():
                        total = cmax(total, self.mag[b].with_why("concatenation at line %d" % node.lineno))
            if isinstance(node.op, ast.Mult) and (isinstance(node.left, ast.List) or (
                    isinstance(node.left, ast.Constant) and isinstance(node.left.value, str))):
                if not (telescoping_count(self, node.right) or counted_repeat(self, node.right)):
                    total = cmax(total, self.magnitude(node.right))
            if isinstance(node.op, ast.Mult) and isinstance(node.right, (ast.List,)):
                total = cmax(total, self.magnitude(node.left))
            if isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.Sub, ast.BitXor)):
                # a & b, a | b, a - b of sets build a new set from their items.
                for side in (node.left, node.right):
                    if isinstance(side, ast.Name) and self.kind.get(side.id) == "hash" \
                            and not self.mag.get(side.id, ONE).is_const():
                        total = cmax(total, self.mag[side.id].with_why("set operation at line %d" % node.lineno))
            if isinstance(node.op, ast.Pow) and not self.magnitude(node.right).is_const() \
                    and not isinstance(node.left, ast.Constant):
                total = cmax(total, log_of(self.magnitude(node.right)))
            return total
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                total = cmax(total, self.expr_cost(child))
        return total

    def membership_cost(self, container, line):
        if isinstance(container, (ast.Set, ast.Dict, ast.SetComp, ast.DictComp)):
            return ONE
        if isinstance(container, ast.Call) and call_name(container) in ("keys", "set", "dict", "frozenset",
                                                                        "Counter"):
            return ONE
        if isinstance(container, ast.Call) and call_name(container) == "range":
            return ONE
        b = base_name(container)
        if isinstance(container, ast.Name) and self.kind.get(b) == "hash":
            return ONE
        if isinstance(container, ast.Subscript) and self.kind.get(b) == "hash" \
                and not isinstance(container.slice, ast.Slice):
            return ONE
        if self.is_hash_obj(container) or self.is_line_item(container) or token_item(self, container):
            return ONE
        m = self.magnitude(container)
        if m.is_const():
            return ONE
        return m.with_why("'in' on a list at line %d scans it" % line)

    def inserts_where_bisect_says(self, obj, position):
        """s.insert(bisect_left(s, x), x) -- or p = bisect_left(s, x) and then s.insert(p, x), p bound
        to nothing else: insort written out, the same binary search and shift, so it costs what
        insort costs."""
        if bisects(position, obj):
            return True
        if not isinstance(position, ast.Name):
            return False
        values = [n.value for n in self.nodes if isinstance(n, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == position.id for t in n.targets)]
        return bool(values) and all(bisects(v, obj) for v in values)

    def calls_own_method(self, node):
        """obj.sum(i) where the program's own class defines sum and obj is none of Python's
        collections or modules: the method runs (a Fenwick tree's sum is O(log n), not the builtin)."""
        if not (isinstance(node.func, ast.Attribute) and node.func.attr in self.method_names):
            return False
        obj = node.func.value
        if isinstance(obj, ast.Name):
            if obj.id in self.imported or self.kind.get(obj.id) in ("seq", "str", "hash"):
                return False
            if obj.id in self.funcs:
                return False
            return True
        if on_standard_stream(node):
            return False
        # self.tree.query(...): an attribute of an object holds one of the program's objects when
        # the method is not a collection's.
        return isinstance(obj, ast.Attribute) and node.func.attr not in MUTATING_METHODS | {
            "sort", "index", "count", "get", "items", "keys", "values", "copy", "clear", "reverse"}

    def group_of_this_loop(self, expr):
        """g[k] inside `for k in g` (or `for v in range(n)` around adj[v]), or lst in
        `for k, lst in g.items()`: each pass of the innermost loop takes another group of a
        collection of collections, and the groups together hold each item once."""
        if not self.enclosing_loops:
            return False
        loop, assigned = self.enclosing_loops[-1]
        if not isinstance(loop, ast.For):
            return False
        targets = set(target_names(loop.target))
        if targets & assigned:
            return False
        if isinstance(expr, ast.Subscript) and not isinstance(expr.slice, ast.Slice) \
                and base_name(expr) in self.nested and isinstance(expr.value, ast.Name) \
                and isinstance(expr.slice, ast.Name) and expr.slice.id in targets:
            return True
        if isinstance(expr, ast.Name) and expr.id in targets:
            it = loop.iter
            if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and call_name(it) in (
                    "values", "items") and base_name(it.func.value) in self.nested:
                if call_name(it) == "values" or (isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == 2
                                                 and isinstance(loop.target.elts[1], ast.Name)
                                                 and loop.target.elts[1].id == expr.id):
                    return True
            if isinstance(it, ast.Name) and it.id in self.nested and self.kind.get(it.id) != "hash":
                return True
        if isinstance(expr, ast.Name) and expr.id not in targets:
            # lst = groups[c]; lst.sort(): a name each pass binds to that pass's group is that group.
            value = bound_once_in_loop(loop, expr.id)
            return isinstance(value, ast.Subscript) and self.group_of_this_loop(value)
        return False

    def call_cost(self, node):
        name = call_name(node)
        args = node.args
        line = node.lineno
        if self.calls_own_method(node):
            return self.function_cost(name)
        for k in node.keywords:
            if k.arg == "target" and isinstance(k.value, ast.Name) and k.value.id in self.plain_funcs:
                # threading.Thread(target=main): the thread runs main (the template that buys a
                # larger stack for deep recursion).
                return self.function_cost(k.value.id)
        group = node.func.value if isinstance(node.func, ast.Attribute) and name == "sort" else (
            args[0] if isinstance(node.func, ast.Name) and name in ("sorted", "sum", "min", "max", "set", "list",
                                                                   "Counter", "reversed") and args else None)
        if group is not None and self.amortized and self.group_of_this_loop(group):
            # Sorting (or summing) each group in turn: the groups partition the items, so the
            # work adds up to that on all items once (n log n), not n times one group's.
            m = self.magnitude(group)
            cost = (m * log_of(m)) if name in ("sort", "sorted") else m
            if not cost.is_const():
                self.amortized[-1].append(cost.with_why("%s of each group at line %d" % (name, line)))
            return ONE
        if isinstance(node.func, ast.Attribute):
            obj = node.func.value
            om = self.magnitude(obj)
            if name == "sort":
                if om.is_const():
                    return ONE
                return (om * log_of(om)).with_why("sort at line %d" % line)
            if name in ("insert",) and args:
                if isinstance(args[0], ast.Constant) and args[0].value == 0 and not om.is_const():
                    return om.with_why("list.insert(0) at line %d shifts the list" % line)
                if self.inserts_where_bisect_says(obj, args[0]):
                    return log_of(om).with_why("insort written out at line %d" % line)
                return ONE if om.is_const() else om.with_why("list.insert at line %d" % line)
            if name == "pop" and args:
                if isinstance(args[0], ast.Constant) and args[0].value == 0 and not om.is_const() \
                        and self.kind.get(base_name(obj)) != "hash":
                    return om.with_why("list.pop(0) at line %d shifts the list" % line)
                if not om.is_const() and pops_inside(self, obj, args):
                    return om.with_why("list.pop(k) at line %d shifts the items after k" % line)
                return ONE
            if name == "rotate" and args and not om.is_const() and not self.magnitude(args[0]).is_const():
                # deque.rotate(k) moves k items from one end to the other (min(k, len) of them).
                return om.with_why("rotate at line %d moves up to the whole deque" % line)
            ranked = most_common_cost(self, obj, args, line) if name == "most_common" else None
            if ranked is not None:
                return ranked
            if name in ("index", "count", "remove", "reverse", "find", "rfind", "rindex",
                        "replace", "split", "splitlines", "strip", "rstrip", "lstrip", "lower",
                        "upper", "translate", "copy", "most_common", "startswith", "endswith"):
                if self.is_hash_obj(obj):
                    # set.remove, dict.copy: constant time, except for copying.
                    return om if name == "copy" and not om.is_const() else ONE
                if name in ("strip", "rstrip", "lstrip", "startswith", "endswith") and \
                        self.is_input_call(obj):
                    return ONE
                if name in ("split", "strip", "rstrip") and self.mentions_input(obj):
                    return ONE
                if self.is_line_item(obj) or token_item(self, obj):
                    return ONE
                if om.is_const():
                    return ONE
                return om.with_why("%s() at line %d is linear" % (name, line))
            if name == "join" and args and of_a_line(self, args[0]):
                return ONE  # ''.join(sorted(s)) of a line: as long as the line read
            if name == "join" and args:
                m = self.magnitude(args[0])
                return m.with_why("join at line %d" % line) if not m.is_const() else ONE
            if name in ("extend", "update") and args and self.enclosing_loops and self.amortized \
                    and merges_into_larger(obj, args[0], self.enclosing_loops[-1][0]):
                m = self.magnitude(args[0])  # small to large: log n moves per item (rules_boxes.py)
                if not m.is_const():
                    self.amortized[-1].append((m * log_of(m)).with_why(
                        "%s at line %d merges the smaller collection into the larger" % (name, line)))
                return ONE
            if name in ("extend", "update") and args:
                return ONE if counted_piece(self, args[0]) else self.magnitude(args[0])
            if name in ("gcd", "lcm"):
                return self.gcd_cost(args, line)
            if name in LOG_FUNCS:
                return log_of(self.heap_size(args, obj)).with_why("%s at line %d" % (name, line))
            if name in ("nsmallest", "nlargest") and len(args) >= 2:
                return select_k_cost(self, args, line)
            if name in ("heapify",) and args:
                return self.magnitude(args[0])
        if self.is_input_call(node):
            return ONE
        if name in ("sorted",) and args:
            m = self.magnitude(args[0])
            if m.is_const():
                return ONE
            line_sort = sorted_line_cost(self, args[0])
            if line_sort is not None:
                return line_sort
            return (m * log_of(m)).with_why("sorted() at line %d" % line)
        if name in ("sum", "min", "max", "any", "all", "list", "tuple", "set", "frozenset", "dict",
                    "Counter", "deque", "reversed", "deepcopy", "bytearray", "str", "len_") and args:
            if len(args) == 1:
                m = self.magnitude(args[0])
                if name in ("str",):
                    return ONE
                if m.is_const():
                    return ONE
                if isinstance(args[0], ast.Call) and call_name(args[0]) == "range" and name in (
                        "sum_",):
                    return ONE
                if self.is_input_call(args[0]) or (isinstance(args[0], ast.Call) and call_name(
                        args[0]) == "map" and self.mentions_input(args[0])) or self.parses_line_item(args[0]):
                    # Parsing a line of the input is receiving it, not work done on it.
                    return ONE
                return m.with_why("%s() at line %d is linear" % (name, line))
            return ONE
        if name in ("nsmallest", "nlargest") and len(args) >= 2 and name not in self.funcs:
            return select_k_cost(self, args, line)
        if name in ("heappush", "heappop", "heapreplace", "heappushpop", "insort", "insort_left",
                    "insort_right"):
            m = self.heap_size(args, None)
            # insort as a bare name costs what the spelling bisect.insort already costs (LOG_FUNCS):
            # its binary search's log n steps; the shift after it is one block move of pointers
            # (memmove), counted as that spelling counts it. list.insert(0, x) keeps its linear
            # cost: no binary search marks it as the insertion into a sorted list.
            return log_of(m).with_why("%s at line %d" % (name, line))
        if name in ("bisect", "bisect_left", "bisect_right"):
            m = self.magnitude(args[0]) if args else ONE
            return log_of(m).with_why("binary search at line %d" % line)
        if name in ("heapify",) and args:
            return self.magnitude(args[0])
        if name in ("nsmallest", "nlargest") and len(args) >= 2:
            m = self.magnitude(args[1])
            return m
        if name in ("gcd", "lcm"):
            return self.gcd_cost(args, line)
        if name == "pow" and len(args) >= 2:
            return log_of(self.magnitude(args[1]))
        if name in ("permutations", "combinations", "product"):
            return ONE  # lazy: the loop over it pays
        if self.resolves(node) and (self.enclosing_loops and self.amortized or self.memo_in_comprehension) \
                and shares_memo_table(self, self.funcs[name], [lp for lp, _ in self.enclosing_loops]
                                      + [c for c, _ in self.memo_in_comprehension], node):
            # for i in range(n): total += f(i), f memoized: one table for all the calls, filled once
            # over the whole loop nest, and a lookup per call (rules_memo_shared.py).
            cost = self.function_cost(name)
            if not cost.is_const():
                once = self.amortized[0] if self.enclosing_loops and self.amortized else self.memo_in_comprehension[0][1]
                once.append(cost.with_why("%s at line %d fills one memo table for every call" % (name, line)))
            return ONE
        if self.resolves(node):
            shared = self.shared_visits_call(node, name, line)
            return shared if shared is not None else self.function_cost(name)
        if name in self.lambdas:
            return self.expr_cost(self.lambdas[name].body)
        return ONE

    def piece_length(self, node):
        """How long a piece added to a string can be: one character or item, the text of a
        number and a literal are O(1); a line of the input, a slice or a whole string are not."""
        if isinstance(node, (ast.Constant, ast.JoinedStr)):
            return ONE
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return cmax(self.piece_length(node.left), self.piece_length(node.right))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
            return self.magnitude(node)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and call_name(node) in (
                "upper", "lower", "capitalize", "swapcase", "title") and not node.args:
            return self.piece_length(node.func.value)  # c.upper(): as long as c
        if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
            # lines[i] is a whole line; lines[i][0] one character of it.
            if isinstance(node.value, ast.Name) and node.value.id in self.line_lists \
                    or self.is_line_list_expr(node.value):
                return self.magnitude(node.value)
            return ONE
        if isinstance(node, ast.Call) and call_name(node) in ("str", "chr", "repr", "format", "hex",
                                                              "bin", "oct") and not (
                node.args and isinstance(node.args[0], ast.Name)
                and self.kind.get(node.args[0].id) in ("str", "seq")):
            return ONE
        if isinstance(node, ast.Name) and self.kind.get(node.id) not in ("str", "seq", "hash"):
            if self.kind.get(node.id) == "int" or item_of_short_texts(self, node):
                return ONE
            return self.magnitude(node)
        return self.magnitude(node)

    def char_key(self, target):
        """d[c] with c a character of a text (for c in s): the keys are at most its alphabet; d[x % 3]
        (a remainder by a constant): at most that many keys."""
        if isinstance(target, ast.Subscript) and isinstance(target.slice, ast.BinOp) \
                and isinstance(target.slice.op, ast.Mod) and isinstance(target.slice.right, ast.Constant) \
                and type(target.slice.right.value) is int:
            return True
        return isinstance(target, ast.Subscript) and (isinstance(target.slice, ast.Name) \
            and target.slice.id in self.char_names or item_of_text(self, target.slice))

    def is_text(self, node):
        """A string of characters: a line of the input (input(), input().strip()) or a name
        bound to one."""
        if isinstance(node, ast.Name):
            return self.kind.get(node.id) == "str"
        return self.is_line_expr(node)

    def gcd_cost(self, args, line):
        """Euclid's remainders fall below the smaller argument after one step, so its steps are
        bounded by the log of the smallest argument; gcd(a, a - c) is gcd(a - c, c) after one step:
        constant work when an argument is constant or two arguments differ by a constant."""
        if any(self.differ_by_constant(a, b) for i, a in enumerate(args) for b in args[i + 1:]):
            return ONE
        if running_gcd(self, args) or gcd_along_a_table(self, args):
            return ONE
        mags = [self.magnitude(a) for a in args]
        if not mags:
            return ONE
        return log_of(min(mags, key=lambda c: c.key())).with_why("gcd at line %d" % line)

    def heap_size(self, args, obj):
        if args:
            b = base_name(args[0])
            if b and capped_heap(self.tree, b, self.__dict__.setdefault("capped_heaps", {})):
                return ONE  # heappush(h, x); if len(h) > 3: heappop(h) (rules_capped_heaps.py)
            if b:
                m = self.mag.get(b, ONE)
                if m.is_const() and self.program_has_size() \
                        and not fixed_table(self.tree, b, self.__dict__.setdefault("fixed_tables", {})):
                    return n_cost()
                return m
        if obj is not None:
            return self.magnitude(obj)
        return ONE

    # --- costs of statements ---

    def block_cost(self, stmts):
        total = ONE
        for i, st in enumerate(stmts):
            if self.enclosing_loops and isinstance(st, ast.If) and not st.orelse and len(st.body) == 1 \
                    and isinstance(st.body[0], ast.Continue) and i + 1 < len(stmts):
                # if seen[i][j]: continue -- the rest of the pass is the branch of the unmarked
                # items, which a traversal started from them may amortize (enters_unmarked).
                rest = ast.copy_location(ast.If(test=ast.UnaryOp(op=ast.Not(), operand=st.test),
                                                 body=stmts[i + 1:], orelse=[]), st)
                if self.enters_unmarked(rest):
                    return cmax(total, self.stmt_cost(rest))
            total = cmax(total, self.stmt_cost(st))
        return total

    def once_per_loop(self, cost):
        """Work that runs at most once per run of the innermost loop adds to that loop's cost
        instead of multiplying with its iterations."""
        if self.enclosing_loops and self.amortized and not cost.is_const():
            self.amortized[-1].append(cost)
            return ONE
        return cost

    def enters_unmarked(self, st):
        """`if t[i][j] == c: f(i, j)` (or `if not seen[v]: f(v)`) inside a loop, where f is
        recursive and itself writes into t before recursing: a flood fill started only from cells
        no earlier call has marked."""
        if not (self.enclosing_loops and self.amortized):
            return False
        tested = {base_name(n) for n in ast.walk(st.test) if isinstance(n, ast.Subscript)} - {None}
        if not tested:
            return False
        # The same written out: a traversal started from an unmarked item (if not seen[s]: ...
        # while stack: ...) that marks what it reaches and skips what is marked.
        def marking_walk(stmts):
            return bool(tested & self.walk_marks(stmts))
        if marking_walk(st.body):
            return True
        if len(st.body) > 3:
            return False
        calls = [n for b in st.body for n in ast.walk(b) if isinstance(n, ast.Call) and self.resolves(n)]
        for call in calls:
            f = self.funcs[call_name(call)]
            _, sites = self.self_calls(f)
            if not sites:
                # A function that runs the written-out walk (dfs(s) with its own stack).
                if marking_walk(f.body):
                    return True
                continue
            marks = {base_name(t) for n in ast.walk(f) if isinstance(n, (ast.Assign, ast.AugAssign))
                     for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                     if isinstance(t, ast.Subscript)}
            if tested & marks:
                return True
        return False

    def pins_loop_counter(self, test):
        """`if j == 0:` (or `j == n - 1`, `j == k and ...`) directly inside `for j in range(...)`:
        the counter of a range loop takes each value once, so a branch that needs it equal to a
        value the loop does not change runs at most once per run of the loop."""
        if not self.enclosing_loops:
            return False
        loop, assigned = self.enclosing_loops[-1]
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)
                and isinstance(loop.iter, ast.Call) and call_name(loop.iter) == "range"):
            return False
        counter = loop.target.id
        if counter in assigned or any(
                isinstance(n, ast.AugAssign) and base_name(n.target) == counter
                for b in loop.body for n in ast.walk(b)):
            return False
        parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
        for t in parts:
            if isinstance(t, ast.Compare) and len(t.ops) == 1 and isinstance(t.ops[0], ast.Eq):
                sides = (t.left, t.comparators[0])
                for a, b in (sides, sides[::-1]):
                    if isinstance(a, ast.Name) and a.id == counter and not (names_in(b) & (assigned | {counter})) \
                            and not any(isinstance(x, ast.Call) for x in ast.walk(b)):
                        return True
        return False

    def branch_cost(self, stmts):
        """A branch that ends by leaving the loop around it (break, return) runs at most once over
        the whole loop: its work adds to the loop's instead of multiplying with it."""
        cost = self.block_cost(stmts)
        if stmts and isinstance(stmts[-1], (ast.Break, ast.Return)) and self.enclosing_loops \
                and self.amortized and not cost.is_const():
            self.amortized[-1].append(cost)
            return ONE
        return cost

    def stmt_cost(self, st):
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import,
                           ast.ImportFrom, ast.Global, ast.Nonlocal, ast.Pass, ast.Break,
                           ast.Continue)):
            return ONE
        if isinstance(st, (ast.For, ast.AsyncFor)):
            return self.for_cost(st)
        if isinstance(st, ast.While):
            return self.while_cost(st)
        if isinstance(st, ast.If):
            known = self.flag_truth(st.test)
            if known is not None:
                return self.block_cost(st.body if known else st.orelse)
            if self.pins_loop_counter(st.test):
                return cmax(self.expr_cost(st.test), self.once_per_loop(self.block_cost(st.body)),
                            self.branch_cost(st.orelse))
            if self.enclosing_loops and self.amortized and tests_a_divisor(st.test, *self.enclosing_loops[-1]):
                # if n % d == 0: check(d) -- the branch runs once per divisor of n (rules_logn.py).
                loop = self.enclosing_loops[-1][0]
                parts = st.test.values if isinstance(st.test, ast.BoolOp) else [st.test]
                cost = cmax(self.block_cost(st.body), *[self.expr_cost(x) for x in parts[1:]])
                if not cost.is_const():
                    self.amortized[-1].append((cost * log_of(self.loop_iters[id(loop)])).with_why(
                        "the branch at line %d runs once per divisor" % st.lineno))
                return cmax(self.expr_cost(parts[0]), self.branch_cost(st.orelse))
            if self.enters_unmarked(st):
                # if grid[i][j] == '.': fill(i, j) -- the call marks every cell it enters and the
                # loops call it only on cells not marked yet: all the calls together enter each
                # cell once, so their work adds up over the whole loop nest.
                cost = self.block_cost(st.body)
                if not cost.is_const():
                    self.amortized[0].append(cost)
                return cmax(self.expr_cost(st.test), self.branch_cost(st.orelse))
            return cmax(self.expr_cost(st.test), self.branch_cost(st.body), self.branch_cost(st.orelse))
        if isinstance(st, ast.Try):
            out = cmax(self.block_cost(st.body), self.block_cost(st.orelse),
                       self.block_cost(st.finalbody))
            for h in st.handlers:
                out = cmax(out, self.block_cost(h.body))
            return out
        if isinstance(st, (ast.With, ast.AsyncWith)):
            return self.block_cost(st.body)
        if self.unpacks(st) or (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(
                st.targets[0], ast.Name) and st.targets[0].id in self.fixed_size):
            # a, b, c = sorted(map(int, input().split())) (or xs = sorted(...) with `a, b, c = xs`
            # later): the value has exactly three items, so sorting or copying it is O(1); only
            # what the innermost argument costs remains.
            v = st.value
            while isinstance(v, ast.Call) and call_name(v) in ("sorted", "list", "tuple", "set", "reversed",
                                                               "map", "filter") and v.args:
                v = v.args[-1]
            return self.expr_cost(v)
        if self.enclosing_loops and self.appends_in_place and grown_in_place(st, self.kind) is not None:
            st = grown_in_place(st, self.kind)  # t = t + c: appended in place, as t += c
        if isinstance(st, ast.AugAssign):
            total = cmax(self.expr_cost(st.value), self.expr_cost(st.target))
            b = base_name(st.target)
            if isinstance(st.op, (ast.BitOr, ast.BitXor, ast.Sub)) and self.is_hash_obj(st.target) \
                    and self.is_hash_obj(st.value):
                # s[p] |= s[v]: the set takes the other's items, as update() does; after the
                # small-to-large swap, n log n over the loop around (rules_boxes.py).
                m = self.magnitude(st.value)
                if self.enclosing_loops and self.amortized and not m.is_const() \
                        and merges_into_larger(st.target, st.value, self.enclosing_loops[-1][0]):
                    self.amortized[-1].append((m * log_of(m)).with_why(
                        "line %d merges the smaller set into the larger" % st.lineno))
                elif not m.is_const():
                    total = cmax(total, m.with_why("set update at line %d" % st.lineno))
            if isinstance(st.op, ast.Add) and isinstance(st.target, ast.Name) and self.enclosing_loops:
                if self.kind.get(b) == "str" and not self.mag.get(b, ONE).is_const():
                    # CPython grows a string that only this name refers to in place, as a list
                    # grows on append: s += piece costs the piece's length, amortized, so
                    # building a text one character at a time is linear; appending whole lines
                    # of the input still copies a line each time.
                    piece = self.piece_length(st.value)
                    if not piece.is_const():
                        total = cmax(total, piece.with_why(
                            "string concatenation in a loop at line %d" % st.lineno))
                m = self.magnitude(st.value)
                if self.kind.get(b) == "seq" and not m.is_const():
                    total = cmax(total, m)
            return total
        if isinstance(st, ast.Match if hasattr(ast, "Match") else ()):
            out = self.expr_cost(st.subject)
            for case in st.cases:
                out = cmax(out, self.block_cost(case.body))
            return out
        total = ONE
        for child in ast.iter_child_nodes(st):
            if isinstance(child, ast.expr):
                total = cmax(total, self.expr_cost(child))
        copied = copied_by_concatenation(st, self.kind) if self.enclosing_loops else None
        if copied and not self.mag.get(copied, ONE).is_const():
            # res = res + [x]: a new list, the old one copied into it
            total = cmax(total, self.mag[copied].with_why("%s copied at line %d" % (copied, st.lineno)))
        return total

    def record_loop(self, node, cost, depth):
        if cost.is_const():
            return
        self.hot_loops.append({
            "start_line": node.lineno,
            "end_line": end_line(node),
            "cost": render(cost),
            "class": klass(cost),
            "depth": depth,
            "_key": cost.key(),
        })

    def loop_assigned(self, body):
        out = set()
        for st in body:
            for sub in ast.walk(st):
                if isinstance(sub, ast.Assign):
                    for t in sub.targets:
                        out.update(target_names(t))
                elif isinstance(sub, (ast.For,)):
                    out.update(target_names(sub.target))
        return out

    def with_loop(self, node, iters, body):
        self.enclosing_loops.append((node, self.loop_assigned(body)))
        self.loop_iters[id(node)] = iters  # what a loop inside that steps by its counter sums to
        self.amortized.append([])
        inner = self.block_cost(body)
        am = self.amortized.pop()
        self.enclosing_loops.pop()
        cost = iters * inner
        if am:
            cost = cmax(cost, iters * ONE, *am)
        return cost, inner

    def for_cost(self, st):
        iters = self.iterations(st.iter)
        if isinstance(st.target, ast.Tuple) and isinstance(st.iter, ast.Call) \
                and call_name(st.iter) == "permutations" and len(st.iter.args) == 1:
            # for a, b, c in permutations(x): x has exactly as many items as the target names.
            iters = ONE
        setup = self.expr_cost(st.iter)
        if self.is_test_case_loop(st):
            iters = ONE
        if not iters.is_const() and self.empties_fixed_collection(st):
            iters = ONE
        if not iters.is_const() and (self.breaks_past_a_literal(st) or breaks_past_its_start(self, st)):
            iters = ONE
        if not iters.is_const() and self.indexes_fixed_table(st):
            iters = ONE
        if not iters.is_const() and runs_one_pass(st):
            iters = ONE  # for j in range(n): ...; break -- leaves on its first pass (rules_shapes.py)
        cost, inner = self.with_loop(st, iters, st.body)
        cost = cmax(cost, setup, self.block_cost(st.orelse))
        if not iters.is_const():
            cost = cost.with_why(self.describe_loop(st, iters, inner))
        self.record_loop(st, cost, len(self.enclosing_loops) + 1)
        if self.enclosing_loops and self.amortized and not iters.is_const() \
                and merges_smaller_into_larger(st, self.enclosing_loops[-1][0]):
            # Small to large: an item moves into a collection at least twice as large each time,
            # log n moves per item over the whole loop around (rules_boxes.py).
            self.amortized[-1].append((cost * log_of(iters)).with_why(
                "loop at line %d merges the smaller collection into the larger" % st.lineno))
            return ONE
        if self.enclosing_loops and self.amortized and (
                self.is_nested_part(st.iter) or iterates_a_group(self, st.iter)
                or walks_a_copied_group(self, st.iter) or walked_then_emptied(self, st)
                or walks_a_word_of_the_line(self, st)) \
                and not copies_into_another_group(st):
            # for v in adj[u] inside a loop over the vertices: all the inner lists together hold
            # the edges once, so the work adds up to V + E instead of multiplying.
            self.amortized[-1].append(cost)
            return ONE
        return cost

    def empties_fixed_collection(self, loop):
        """for _ in range(k): del names[input()] -- a loop that on every pass takes out an item of a
        collection of constant size (written out in the program) that nothing in the loop adds to,
        with a removal that fails when the item is not there (pop without a default, remove, del):
        it cannot run more passes than the collection has items, whatever k is."""
        taken = set()
        for st in loop.body:
            calls = []
            if isinstance(st, ast.Delete):
                for t in st.targets:
                    if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) \
                            and not isinstance(t.slice, ast.Slice):
                        taken.add(t.value.id)
            elif isinstance(st, ast.Expr):
                calls = [st.value]
            elif isinstance(st, ast.Assign):
                calls = [st.value]
            for c in calls:
                if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) \
                        and isinstance(c.func.value, ast.Name) and not c.keywords and (
                        (c.func.attr == "pop" and len(c.args) <= 1)
                        or (c.func.attr in ("remove", "popleft", "popitem") and len(c.args) <= 1)):
                    taken.add(c.func.value.id)
        for name in taken:
            if name not in self.mag or not self.mag[name].is_const() or self.kind.get(name) == "str":
                continue
            refilled = False
            for sub in ast.walk(loop):
                if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                        and base_name(sub.func.value) == name and sub.func.attr in MUTATING_METHODS \
                        and sub.func.attr not in ("pop", "popleft", "remove", "discard"):
                    refilled = True
                elif isinstance(sub, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                    targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
                    if any(base_name(t) == name or name in target_names(t) for t in targets):
                        refilled = True
                if isinstance(sub, ast.Call) and self.resolves(sub) and any(
                        isinstance(x, ast.Name) and x.id == name for x in ast.walk(self.funcs[call_name(sub)])):
                    # A function of the program called in the loop may put items back.
                    refilled = True
            if not refilled:
                return True
        return False

    def breaks_past_a_literal(self, loop):
        """for d in range(2, n): if n % d == 0 or d > 30: break -- and k = 1; while True: if k * k >
        1000: break; k += 1: a counter that starts at a constant and only goes up by constants is
        tested against a constant on every pass, ahead of any continue, and the loop breaks once it
        passes: a constant number of passes, whatever the loop's own bound says."""
        if not any(isinstance(st, ast.If) and st.body and isinstance(st.body[-1], ast.Break) for st in loop.body):
            return False
        if isinstance(loop, ast.For):
            step = range_step(loop)
            if step is None or step < 0 or (len(loop.iter.args) >= 2 and not is_constant_expr(loop.iter.args[0])):
                return False
            counters = {loop.target.id}
        else:
            counters = set()
        # A while loop's counters: names the body only raises by a positive constant (k += 1), bound
        # to a constant before the loop.
        raised = {}
        for sub in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name):
                ok = isinstance(sub.op, ast.Add) and isinstance(sub.value, ast.Constant) \
                    and isinstance(sub.value.value, int) and sub.value.value > 0
                raised[sub.target.id] = raised.get(sub.target.id, True) and ok
            elif isinstance(sub, (ast.Assign, ast.AnnAssign, ast.For, ast.NamedExpr)):
                targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
                for t in targets:
                    for name in target_names(t):
                        raised[name] = False
        if isinstance(loop, ast.For):
            if raised.get(loop.target.id) is not None:
                return False
        else:
            for name, ok in raised.items():
                if ok and self.starts_at_constant(loop, name):
                    counters.add(name)
        if not counters:
            return False
        for st in loop.body:
            if isinstance(st, ast.If) and st.body and isinstance(st.body[-1], ast.Break) and len(st.body) <= 3:
                parts = st.test.values if isinstance(st.test, ast.BoolOp) and isinstance(st.test.op, ast.Or) \
                    else [st.test]
                if any(self.passes_literal(p, counters) for p in parts):
                    return True
            if any(isinstance(x, (ast.Continue, ast.Break)) for x in ast.walk(st)) \
                    and not isinstance(st, (ast.For, ast.While)):
                return False
        return False

    def indexes_fixed_table(self, loop):
        """m = 0; while n > days[m]: n -= days[m]; m += 1 -- and for i in range(k): total += coins[i]:
        on every pass the loop reads a table written out in the program at a counter that takes a
        new value each pass. A table of c items has 2c valid indexes (with the negative ones), and a
        read at any other fails, so the loop runs at most 2c passes whatever bounds it."""
        if not self.is_fixed_table_any():
            return False
        if not any(isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name)
                   and isinstance(sub.slice, (ast.Name, ast.BinOp)) and self.is_fixed_table(sub.value.id)
                   for sub in ast.walk(loop)):
            return False
        if isinstance(loop, ast.For):
            if range_step(loop) is None:
                return False
            counters = {loop.target.id}
            every_pass = []
        else:
            counters = {st.target.id for st in loop.body if isinstance(st, ast.AugAssign)
                        and isinstance(st.target, ast.Name) and isinstance(st.op, (ast.Add, ast.Sub))
                        and isinstance(st.value, ast.Constant) and isinstance(st.value.value, int)
                        and st.value.value != 0}
            every_pass = [loop.test]
        for sub in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
            if isinstance(sub, (ast.Assign, ast.AnnAssign, ast.For, ast.NamedExpr)) or (
                    isinstance(sub, ast.AugAssign) and not any(sub is st for st in loop.body)):
                targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
                counters -= {name for t in targets for name in target_names(t)}
        if not counters:
            return False
        for st in loop.body:
            if any(isinstance(x, (ast.Continue, ast.Break, ast.Return)) for x in ast.walk(st)):
                break
            if isinstance(st, (ast.Expr, ast.Assign, ast.AugAssign)):
                every_pass.append(st.value)
                if isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Subscript):
                    # t[i] += x reads t[i] first; a plain t[i] = x may add a key to a dictionary.
                    every_pass.append(st.target)
        for e in every_pass:
            for sub in self.eager_parts(e):
                if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name) \
                        and self.is_fixed_table(sub.value.id) and self.is_counter_index(sub.slice, counters):
                    return True
        return False

    @staticmethod
    def eager_parts(e):
        """The nodes of an expression that are evaluated whenever it is: not the branches of a
        conditional, the later operands of and/or, comprehensions or lambdas."""
        out, pending = [], [e]
        while pending:
            x = pending.pop()
            out.append(x)
            if isinstance(x, ast.IfExp):
                pending.append(x.test)
            elif isinstance(x, ast.BoolOp):
                pending.append(x.values[0])
            elif isinstance(x, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
                continue
            else:
                pending.extend(c for c in ast.iter_child_nodes(x) if isinstance(c, ast.expr))
        return out

    @staticmethod
    def is_counter_index(index, counters):
        if isinstance(index, ast.Name):
            return index.id in counters
        return isinstance(index, ast.BinOp) and isinstance(index.op, (ast.Add, ast.Sub)) \
            and isinstance(index.left, ast.Name) and index.left.id in counters and is_constant_expr(index.right)

    def is_fixed_table_any(self):
        self.is_fixed_table("")
        return bool(self.fixed_tables_memo)

    def is_fixed_table(self, name):
        """Bound once in the whole program, to a list, tuple, string or dictionary written out,
        and never grown (the names are found in one pass over the program, on first use)."""
        tables = self.__dict__.get("fixed_tables_memo")
        if tables is None:
            bindings, literal, grown = {}, set(), set()
            for n in self.nodes:
                if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For)):
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                        for x in target_names(t):
                            bindings[x] = bindings.get(x, 0) + 1
                    if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                        v = n.value
                        if (isinstance(v, (ast.List, ast.Tuple)) and not any(
                                isinstance(e, ast.Starred) for e in v.elts)) or isinstance(v, ast.Dict) or (
                                isinstance(v, ast.Constant) and isinstance(v.value, str)):
                            literal.add(n.targets[0].id)
                            if isinstance(v, ast.Dict):
                                # A dictionary gains keys by t[k] = v: only a never-stored one is fixed.
                                grown.add(("dict", n.targets[0].id))
                elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                        and isinstance(n.func.value, ast.Name) and n.func.attr in MUTATING_METHODS:
                    grown.add(n.func.value.id)
                elif isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Store) and isinstance(n.value, ast.Name):
                    grown.add(("stored", n.value.id))
            tables = {x for x in literal if bindings.get(x) == 1 and x not in grown
                      and not (("dict", x) in grown and ("stored", x) in grown)}
            self.fixed_tables_memo = tables
        return name in tables

    @staticmethod
    def passes_literal(test, counters):
        """k > 30, k * k >= 1000, 30 < k: a growing expression of the counters against a constant."""
        sides = larger_and_smaller(test)
        if sides is None:
            return False
        left, right = sides

        def growing(e):
            if isinstance(e, ast.Name):
                return e.id in counters
            if isinstance(e, ast.BinOp) and isinstance(e.op, (ast.Add, ast.Mult, ast.Pow)):
                sides = [growing(e.left) if not is_constant_expr(e.left) else None,
                         growing(e.right) if not is_constant_expr(e.right) else None]
                if isinstance(e.op, ast.Pow) and sides[1] is not None:
                    return False
                known = [x for x in sides if x is not None]
                return bool(known) and all(known)
            return False

        return is_constant_expr(right) and growing(left)

    def starts_at_constant(self, loop, name):
        """The statement just before the loop in its block binds name to a constant (k = 1)."""
        for node in self.nodes:
            for field in ("body", "orelse", "finalbody"):
                block = getattr(node, field, None)
                if isinstance(block, list) and loop in block:
                    for st in reversed(block[:block.index(loop)]):
                        if isinstance(st, ast.Assign) and any(name in target_names(t) for t in st.targets):
                            return len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                                and is_constant_expr(st.value)
                    return False
        return False

    def shared_visits_call(self, node, name, line):
        """`for v in range(n): dfs(v)` where dfs itself returns at once on a vertex it has marked
        (`if vis[v]: return`, then vis[v] = True before recursing) and no loop around the call
        clears the marks: every call after the first enters only unmarked vertices, so all of them
        together visit each vertex once (n + m over the loop nest), as `if not vis[v]: dfs(v)` is
        already counted (enters_unmarked). A table the function gets as a parameter is the
        argument the call passes."""
        if not (self.enclosing_loops and self.amortized):
            return None
        f = self.funcs[name]
        _, sites = self.self_calls(f)
        if sites:
            if not self.uses_visited(f) or self.is_memoized(f):
                # A memo table (`if n in memo: return memo[n]`) is left out: shared by the calls too,
                # but a loop of test cases around it is counted as one case at a time anyway.
                return None
            found = self.visit_tables.get(name, ())
        else:
            found = self.walk_from_unmarked(f)
            if not found:
                return None
        params = [a.arg for a in f.args.posonlyargs + f.args.args]
        if params and params[0] in ("self", "cls") and isinstance(node.func, ast.Attribute):
            params = params[1:]
        tables = set()
        for t in found:
            if t in params:
                k = params.index(t)
                if k >= len(node.args) or base_name(node.args[k]) is None:
                    return None
                tables.add(base_name(node.args[k]))
            else:
                tables.add(t)
        for loop, assigned in self.enclosing_loops:
            if tables & assigned:
                return None
            for n in ast.walk(loop):
                if isinstance(n, (ast.Subscript, ast.Name)) and isinstance(n.ctx, ast.Store) \
                        and base_name(n) in tables:
                    return None
                if isinstance(n, ast.Call) and call_name(n) in ("clear", "fill", "remove", "discard") \
                        and isinstance(n.func, ast.Attribute) and base_name(n.func.value) in tables:
                    return None
        cost = self.function_cost(name)
        if cost.is_const():
            return None
        self.amortized[0].append(cost.with_why("%s at line %d enters only unmarked items" % (name, line)))
        return ONE

    @staticmethod
    def walk_from_unmarked(f):
        """The tables of `def bfs(s): if seen[s]: return ...` followed by a written-out walk (a while
        loop over a queue or stack) that marks what it reaches and skips what is marked: a
        traversal that starts only from an unmarked item."""
        first = f.body[0] if f.body else None
        while isinstance(first, ast.Global) and len(f.body) > 1:
            first = f.body[f.body.index(first) + 1]
        if not (isinstance(first, ast.If) and not first.orelse and len(first.body) == 1
                and isinstance(first.body[0], ast.Return)):
            return set()
        tested = {base_name(n) for n in ast.walk(first.test) if isinstance(n, ast.Subscript)} - {None}
        return tested & Analyzer.walk_marks(f.body)

    @staticmethod
    def walk_marks(stmts):
        """The tables a written-out walk (a while loop over a queue or stack) both marks (seen[v] =
        True) and tests before going on (if not seen[v])."""
        out = set()
        for b in stmts:
            for w in ast.walk(b):
                if isinstance(w, ast.While):
                    marks = {base_name(t) for n in ast.walk(w) if isinstance(n, ast.Assign)
                             for t in n.targets if isinstance(t, ast.Subscript)}
                    skips = {base_name(x) for n in ast.walk(w) if isinstance(n, ast.If)
                             for x in ast.walk(n.test) if isinstance(x, ast.Subscript)}
                    out |= marks & skips
                    out |= chain_marked_tables(w)  # a walk along links marking what it passes
        return out

    def is_nested_part(self, it):
        """adj[u], sorted(groups[k]), reversed(g[v]): one inner collection of a collection of
        collections, which together hold each item once."""
        while isinstance(it, ast.Call) and call_name(it) in ("sorted", "reversed", "list", "tuple",
                                                             "set", "enumerate", "iter") and it.args:
            it = it.args[0]
        return isinstance(it, ast.Subscript) and not isinstance(it.slice, ast.Slice) \
            and base_name(it) in self.nested

    def is_test_case_loop(self, st):
        """`for _ in range(int(input()))` around a whole solution: the sizes of the test cases add
        up to the input size, so the outer loop does not multiply (the problem bounds the total)."""
        if len(self.enclosing_loops) > 0:
            return False
        hit = self.test_case_memo.get(id(st))
        if hit is None:
            hit = self.test_case_memo[id(st)] = self.test_case_shape(st)
        return hit

    def carries_state(self, body):
        """Whether the passes of a loop share a collection: one they add to or take from (s.add(x),
        q.pop()) and also read (x in s, s[i], len(s), for v in s). Such passes are queries on one
        structure that grows with their number, not independent test cases."""
        if scans_a_growing_dict(body, self.tree) or carries_a_running_value(body, self.mentions_input):
            return True
        bound = set()  # started afresh in each pass: assigned, or emptied with clear()
        for b in body:
            for n in ast.walk(b):
                if isinstance(n, ast.Assign):
                    for t in n.targets:
                        if isinstance(t, ast.Name):
                            bound.add(t.id)
                elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                        and n.func.attr == "clear" and isinstance(n.func.value, ast.Name):
                    bound.add(n.func.value.id)
        mutated = set()
        for b in body:
            for n in ast.walk(b):
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                        and isinstance(n.func.value, ast.Name) and n.func.attr in MUTATING_METHODS \
                        and n.func.value.id not in bound:
                    mutated.add(n.func.value.id)
                elif isinstance(n, ast.Call) and call_name(n) in SORTED_HEAP_WRITES and n.args \
                        and isinstance(n.args[0], ast.Name) and n.args[0].id not in bound:
                    # bisect.insort(s, x), heappush(h, x): the module functions change their first argument.
                    mutated.add(n.args[0].id)
        if not mutated:
            return False
        for b in body:
            for n in ast.walk(b):
                if isinstance(n, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn)) for o in n.ops) \
                        and any(isinstance(c, ast.Name) and c.id in mutated for c in n.comparators):
                    return True
                if isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Load) \
                        and isinstance(n.value, ast.Name) and n.value.id in mutated:
                    return True
                if isinstance(n, ast.Call) and call_name(n) in ("len", "max", "min", "sum", "sorted") \
                        and any(isinstance(a, ast.Name) and a.id in mutated for a in n.args):
                    return True
                if isinstance(n, ast.Call) and call_name(n) in SORTED_HEAP_READS and n.args \
                        and isinstance(n.args[0], ast.Name) and n.args[0].id in mutated:
                    return True
                if isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.iter, ast.Name) \
                        and n.iter.id in mutated:
                    return True
        return False

    def loop_scope_names(self, st):
        """Names the function around a loop assigns (or the program, at module level)."""
        if self.loop_scopes is None:
            self.loop_scopes = {}
            for f in self.nodes:
                if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    for n in ast.walk(f):
                        if isinstance(n, (ast.For, ast.While)):
                            self.loop_scopes[id(n)] = f
        f = self.loop_scopes.get(id(st))
        if f is None:
            return set()
        return {name for n in ast.walk(f) if isinstance(n, ast.Assign) for t in n.targets
                for name in target_names(t)}

    def updates_shared_items(self, body, scope=frozenset()):
        """Whether the passes of a loop write and read items of one input-sized collection made before
        the loop, directly or in the functions they call: each pass sees what the passes before it
        wrote (a query loop of updates and questions on one structure), so they are no test cases."""
        written, read, rebound = items_written_and_read(
            body, lambda c: self.funcs[call_name(c)].body if self.resolves(c) else None)
        self.queries_shared_data([], scope)  # fills self.module_names
        return any(not self.mag.get(name, ONE).is_const()
                   for name in (written & read - rebound) & (self.module_names | scope))

    def queries_shared_data(self, body, scope=frozenset()):
        """Whether the passes of a loop consult an input-sized collection built before it and left
        unchanged by it (a prefix-sum array, a segment tree, a sorted list): they are queries on that
        data, not independent test cases, which each read and build their own. Tables of a
        constant size (a sieve up to 10**6) do not count; functions the loop calls are followed."""
        read, written = set(), set()
        seen = set()
        stack = list(body)
        while stack:
            b = stack.pop()
            for n in ast.walk(b):
                if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name):
                    (read if isinstance(n.ctx, ast.Load) else written).add(n.value.id)
                elif isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.iter, ast.Name):
                    read.add(n.iter.id)
                elif isinstance(n, ast.Assign):
                    for t in n.targets:
                        written.update(target_names(t))
                elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
                    written.add(n.target.id)
                elif isinstance(n, ast.Call):
                    if isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) \
                            and n.func.attr in MUTATING_METHODS | {"clear", "sort", "reverse"}:
                        written.add(n.func.value.id)
                    if searched_collection(n):
                        read.add(searched_collection(n))  # bisect_right(pre, s): a query on pre
                    name = call_name(n)
                    if self.resolves(n) and name not in seen:
                        seen.add(name)
                        stack.extend(self.funcs[name].body)
        if self.module_names is None:
            self.module_names = set()
            stack = list(self.tree.body)
            while stack:
                st = stack.pop()
                if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    continue
                if isinstance(st, ast.Assign):
                    for t in st.targets:
                        self.module_names.update(target_names(t))
                stack.extend(c for c in ast.iter_child_nodes(st) if isinstance(c, ast.stmt))
        # Only data of the program itself: a parameter of a called function is what the pass
        # hands it, not something built before the loop.
        # The input's tokens read at once (data = sys.stdin.read().split()) are the input itself:
        # taking a case's tokens from them is reading that case, not querying shared data.
        return any(not self.mag.get(name, ONE).is_const() and self.kind.get(name) in ("seq", "hash", None)
                   for name in (read - written - self.token_lists[0]) & (self.module_names | scope))

    def test_case_shape(self, st):
        if not (isinstance(st.iter, ast.Call) and call_name(st.iter) == "range"):
            return False
        if not self.reads_input_deep(st.body):
            return False
        counter = st.target.id if isinstance(st.target, ast.Name) else None
        slots = self.answer_slot_stores(st.body, counter)
        # ans[k] = s indexes the case's own slot: the counter numbers the answer, as a label does.
        unlabelled = [b for b in st.body if b not in slots]
        if free_names(self.without_label_arguments(unlabelled), beside_output=True) & set(target_names(st.target)):
            return False
        if self.carries_state(st.body) or self.queries_shared_data(st.body, self.loop_scope_names(st)) \
                or self.updates_shared_items(st.body, self.loop_scope_names(st)):
            return False
        if self.prints(st.body) or (slots and self.collects_answers(st.body, counter)):
            return True
        # Answers collected and printed after the loop: still one test case per iteration when the
        # count is a number read on its own line and each case spans several lines of input (a
        # loop that collects n items reads one line per item).
        reads = sum(1 for s in st.body if not isinstance(s, (ast.For, ast.While)) and self.mentions_input(s))
        return reads >= 2 and len(st.iter.args) == 1 and self.is_lone_count(st.iter.args[0])

    def without_label_arguments(self, body):
        """The block with the arguments left out that the called function never reads, or only
        prints: `solver.solve(i, in, out)` hands each case its number, which labels the case (or
        nothing) without taking part in the work."""
        body = [copy.deepcopy(b) for b in body]
        for b in body:
            for n in ast.walk(b):
                if isinstance(n, ast.Call) and self.resolves(n) and not n.keywords:
                    f = self.funcs[call_name(n)]
                    params = [a.arg for a in f.args.posonlyargs + f.args.args]
                    if params and params[0] in ("self", "cls") and isinstance(n.func, ast.Attribute):
                        params = params[1:]
                    if len(params) != len(n.args) or any(isinstance(a, ast.Starred) for a in n.args):
                        continue
                    read = free_names(f.body, beside_output=True)
                    n.args = [a if p in read or not isinstance(a, ast.Name) else ast.Constant(value=0)
                              for a, p in zip(n.args, params)]
        return body

    def reads_input_deep(self, body, seen=None):
        """Whether a block reads the input, itself or in the functions it calls: a test case's
        solution is often a function (`for _ in range(int(input())): print(solve())`)."""
        seen = set() if seen is None else seen
        for st in body:
            if self.mentions_input(st):
                return True
            for n in ast.walk(st):
                if isinstance(n, ast.Call) and self.resolves(n):
                    name = call_name(n)
                    if name not in seen:
                        seen.add(name)
                        if self.reads_input_deep(self.funcs[name].body, seen):
                            return True
        return False

    def is_lone_count(self, e):
        """int(input()), or a name only ever bound to it: a count read on a line of its own."""
        def lone(v):
            return isinstance(v, ast.Call) and call_name(v) == "int" and len(v.args) == 1 \
                and self.mentions_input(v.args[0]) and not any(
                    isinstance(x, ast.Call) and call_name(x) == "split" for x in ast.walk(v.args[0]))
        if lone(e):
            return True
        if not isinstance(e, ast.Name):
            return False
        values = [n.value for n in self.nodes if isinstance(n, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id == e.id for t in n.targets)]
        return bool(values) and all(lone(v) for v in values)

    @staticmethod
    def leaves(stmts):
        """A block that ends the program or the loop (exit(), break, return)."""
        if not stmts:
            return False
        last = stmts[-1]
        return isinstance(last, (ast.Break, ast.Return)) or (
            isinstance(last, ast.Expr) and isinstance(last.value, ast.Call)
            and call_name(last.value) in ("exit", "quit"))

    def walk_staying(self, stmts):
        """The nodes of a block, without the branches that leave it (`if found: print(x); exit()`):
        what the block does on every pass, not on its way out."""
        for st in stmts:
            if isinstance(st, ast.If):
                yield from ast.walk(st.test)
                if not self.leaves(st.body):
                    yield from self.walk_staying(st.body)
                if not self.leaves(st.orelse):
                    yield from self.walk_staying(st.orelse)
            else:
                yield from ast.walk(st)

    def prints(self, body, seen=None):
        """Whether a block writes output: what a solution per test case does, unlike a loop that
        only collects the input. A loop over items that prints only in a branch that leaves (the
        answer found, then exit or break) is a search over its items, not one answer per case."""
        seen = set() if seen is None else seen
        for n in self.walk_staying(body):
            if isinstance(n, ast.Call):
                name = call_name(n)
                if name in ("print", "write", "exit"):
                    return True
                if self.resolves(n) and name not in seen:
                    seen.add(name)
                    if self.prints(self.funcs[name].body, seen):
                        return True
        return False

    def is_test_case_while(self, st):
        """while t: t -= 1 around a solution that reads its own input: like the for-loop form."""
        if self.enclosing_loops:
            return False
        names = names_in(st.test)
        if len(names) == 1:
            (name,) = names
            counted_down = any(isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name)
                               and s.target.id == name and isinstance(s.op, ast.Sub)
                               for b in st.body for s in ast.walk(b))
        else:
            counted_down = self.counts_up_to_cases(st)
        body_reads = self.reads_input_deep(st.body)
        counter = st.test.left.id if len(names) != 1 and counted_down else None  # i < t, counted up
        return counted_down and body_reads and (self.prints(st.body) or self.collects_answers(st.body, counter)) \
            and not self.carries_state(st.body) \
            and not self.queries_shared_data(st.body, self.loop_scope_names(st)) \
            and not self.updates_shared_items(st.body, self.loop_scope_names(st))

    def counts_up_to_cases(self, st):
        """i = 0; while i < t: ...; i += 1 with t a count read on a line of its own: the while form
        of `for i in range(t)`, one pass per test case as `while t: t -= 1` is."""
        test = st.test
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Lt, ast.LtE))
                and isinstance(test.left, ast.Name) and self.is_lone_count(test.comparators[0])):
            return False
        counter = test.left.id
        ups = [s for b in st.body for s in ast.walk(b) if isinstance(s, (ast.AugAssign, ast.Assign)) and any(
            isinstance(t, ast.Name) and t.id == counter
            for t in (s.targets if isinstance(s, ast.Assign) else [s.target]))]
        return len(ups) == 1 and isinstance(ups[0], ast.AugAssign) and isinstance(ups[0].op, ast.Add) \
            and isinstance(ups[0].value, ast.Constant) and ups[0].value.value == 1 \
            and not any(isinstance(s, ast.Continue) for b in st.body for s in ast.walk(b))

    def collects_answers(self, body, counter=None):
        """A pass that reads its own items (a loop reading the input) and adds one answer to a
        collection made before the loop (`answers.add(s)`, printed after it), or stores it in the
        slot its counter numbers (`ans[k] = s`): one test case per pass, as one that prints its
        answer. carries_state() rules out a collection the passes also read."""
        bound = {x for b in body for n in ast.walk(b) if isinstance(n, ast.Assign)
                 for t in n.targets for x in target_names(t)}
        adds = any(isinstance(b, ast.Expr) and isinstance(b.value, ast.Call) and isinstance(b.value.func, ast.Attribute)
                   and b.value.func.attr in ("append", "add") and isinstance(b.value.func.value, ast.Name)
                   and b.value.func.value.id not in bound for b in body) \
            or bool(self.answer_slot_stores(body, counter)) and self.sizes_read_per_pass(body)
        reads_items = any(isinstance(b, (ast.For, ast.While)) and self.mentions_input(b) for b in body)
        return adds and reads_items

    def sizes_read_per_pass(self, body):
        """Whether a pass reads a size of its own (n = int(input()) at its top level) that bounds one
        of its loops: each case brings its own n. Rows of one matrix, read n numbers per row for the
        n rows (best[i] = s), have no such size: their count is the program's, not a case's."""
        sizes = {x for b in body if isinstance(b, ast.Assign) and self.mentions_input(b.value)
                 for t in b.targets for x in target_names(t)}
        return any(isinstance(n, (ast.For, ast.While)) and names_in(n.iter if isinstance(n, ast.For) else n.test) & sizes
                   for b in body for n in ast.walk(b))

    @staticmethod
    def answer_slot_stores(body, counter):
        """The statements of a pass that store into a table made before the loop the slot its own
        counter numbers (ans[k] = s, Java's long[] ans = new long[t] filled per case), where no
        pass reads that table: one answer kept per case, as answers.append(s) keeps it. A table
        the passes also read (dp[k] = dp[k - 1] + x) carries values from pass to pass instead."""
        if counter is None:
            return []
        bound = {x for b in body for n in ast.walk(b) if isinstance(n, ast.Assign)
                 for t in n.targets for x in target_names(t)}
        stores = [b for b in body if isinstance(b, ast.Assign) and len(b.targets) == 1
                  and isinstance(b.targets[0], ast.Subscript) and isinstance(b.targets[0].value, ast.Name)
                  and isinstance(b.targets[0].slice, ast.Name) and b.targets[0].slice.id == counter
                  and b.targets[0].value.id not in bound]
        tables = {b.targets[0].value.id for b in stores}
        targets = {id(b.targets[0].value) for b in stores}
        read = {n.id for b in body for n in ast.walk(b)
                if isinstance(n, ast.Name) and n.id in tables and id(n) not in targets}
        return [b for b in stores if b.targets[0].value.id not in read]

    def describe_loop(self, st, iters, inner):
        what = "loop at line %d runs %s times" % (st.lineno, render(iters)[2:-1])
        if not inner.is_const() and inner.why:
            return what + " around " + inner.why
        return what

    def while_cost(self, st):
        iters, note = self.while_iterations(st)
        if self.is_test_case_while(st):
            iters, note = ONE, "one test case per iteration"
        if not iters.is_const() and self.empties_fixed_collection(st):
            iters, note = ONE, "takes an item of a fixed collection per pass"
        if not iters.is_const() and self.breaks_past_a_literal(st):
            iters, note = ONE, "stops once a counter passes a constant"
        if not iters.is_const() and self.indexes_fixed_table(st):
            iters, note = ONE, "a rising index into a fixed table"
        if not iters.is_const() and runs_one_pass(st):
            iters, note = ONE, "leaves on its first pass"
        if not iters.is_const() and window_from_its_start(self, st):
            iters, note = ONE, "a window of constant width from where its counter starts"
        amortize = False
        if note == "linear" and self.enclosing_loops:
            outer_node, outer_assigned = self.enclosing_loops[-1]
            counters = self.while_counters(st)
            if counters and not (counters & outer_assigned):
                amortize = True
            elif counters and self.resumes_after(outer_node, st, counters):
                amortize = True
            elif counters and self.only_raised(outer_node, counters & outer_assigned):
                amortize = True
        elif note == "queue/stack traversal" and self.enclosing_loops:
            # while stack and ...: stack.pop() inside a loop that pushes: every item is popped at
            # most once over the whole outer loop (a monotonic stack), unless the outer loop
            # starts a fresh container each time (one traversal per source).
            outer_node, outer_assigned = self.enclosing_loops[-1]
            popped = self.popped_containers(st)
            if popped and not (popped & outer_assigned) and popped <= names_in(st.test):
                amortize = True
        if not amortize and not iters.is_const() and self.enclosing_loops:
            # while a[x] != -1: y = a[x]; a[x] = -1; x = y -- the loop marks each item it tests,
            # and no later pass walks a marked item again: over the whole outer loop it visits
            # each item once (cycles of a permutation, chains of pointers).
            outer_node, outer_assigned = self.enclosing_loops[-1]
            marked = self.marks_what_it_tests(st)
            if marked and not (marked & outer_assigned):
                amortize = True
        if not amortize and not iters.is_const() and self.enclosing_loops:
            # while len(cnt) > k: ...; l += 1 -- an index stepped on every pass, never moved back
            outer_node, outer_assigned = self.enclosing_loops[-1]
            stepped = stepped_index_counters(st, lambda name: self.kind.get(name) == "seq")
            if stepped and (not (stepped & outer_assigned) or self.only_raised(outer_node, stepped & outer_assigned)):
                amortize = True
        if not amortize and not iters.is_const() and self.enclosing_loops \
                and falls_back_along_stored_values(st, self.enclosing_loops[-1][0]):
            amortize = True  # the prefix function: the falls add up to the rises, one per pass
        if not amortize and not iters.is_const() and self.enclosing_loops \
                and extends_from_a_box(st, self.enclosing_loops[-1][0]):
            amortize = True  # Z-function, Manacher: the steps add up to the box's end (rules_boxes.py)
        frontier = self.frontier_names(st) if not iters.is_const() else set()
        if frontier:
            # Level by level: each level's collections are small on average and all levels
            # together hold each item once per time it was added. The loop costs its number of
            # levels times the work of an average level, plus the work of one pass over all items.
            level = frontier | {name for name, stacks in self.resets.items()
                                if any(p and p[-1] == id(st) for p in stacks)}
            saved = {name: self.mag[name] for name in level if name in self.mag}
            for name in saved:
                self.mag[name] = ONE
            cost, inner = self.with_loop(st, iters, st.body)
            self.mag.update(saved)
            whole, _ = self.with_loop(st, ONE, st.body)
            cost = cmax(cost, whole)
        elif (note in ("halving", "binary search") and shrinks_geometrically(self, st, shrinking_names(st))) or (
                note == "doubling" and shrinks_geometrically(self, st, growing_names(st))):
            # while m > 1: for i in range(m): ...; m //= 2 -- m + m/2 + ... < 2m: the cost of the
            # pass with m at its largest, plus the passes' count; so too m doubled (rules_shapes.py)
            cost, inner = self.with_loop(st, ONE, st.body)
            cost = cmax(cost, iters)
        else:
            cost, inner = self.with_loop(st, iters, st.body)
        cost = cmax(cost, self.expr_cost(st.test) * iters)
        if not iters.is_const():
            cost = cost.with_why("while loop at line %d (%s, %s iterations)%s" % (
                st.lineno, note, render(iters)[2:-1], (" around " + inner.why) if inner.why and not
                inner.is_const() else ""))
        self.record_loop(st, cost, len(self.enclosing_loops) + 1)
        if amortize and self.amortized:
            # Two pointers: the counter only moves forward over the whole outer loop.
            self.amortized[-1].append(cost)
            return ONE
        return cost

    def marks_what_it_tests(self, st):
        """Collections whose item the loop's test reads (a[x] != v, not seen[x]) and whose body
        overwrites that same item with a constant."""
        tested = {}
        for sub in ast.walk(st.test):
            if isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name):
                tested[ast.dump(sub)] = sub.value.id
        marked = set()
        for sub in ast.walk(ast.Module(body=st.body, type_ignores=[])):
            if isinstance(sub, (ast.For, ast.While)):
                return set()
            if isinstance(sub, ast.Assign) and is_constant_expr(sub.value):
                for t in sub.targets:
                    if isinstance(t, ast.Subscript):
                        key = ast.dump(ast.Subscript(value=t.value, slice=t.slice, ctx=ast.Load()))
                        if key in tested:
                            marked.add(tested[key])
        return marked

    def resumes_after(self, outer, inner, counters):
        """while i < n: j = i; while j < n and ...: j += 1; i = j -- the inner loop starts where
        the outer counter is and the outer counter continues where the inner one stopped, so
        together they walk the range once (runs of equal items, groups, words)."""
        if not isinstance(outer, ast.While):
            return False
        outer_vars = names_in(outer.test) - counters
        if not outer_vars:
            return False
        starts = jumps = False
        inner_nodes = {id(n) for n in ast.walk(inner)}
        for sub in ast.walk(ast.Module(body=outer.body, type_ignores=[])):
            if not isinstance(sub, ast.Assign) or id(sub) in inner_nodes:
                continue
            for t in sub.targets:
                for name in target_names(t):
                    refs = names_in(sub.value)
                    if name in counters:
                        # j = i, j = i + 1: the inner counter starts from the outer one.
                        if not refs <= outer_vars | {name}:
                            return False
                        starts = True
                    elif name in outer_vars and refs & counters:
                        jumps = True  # i = j, i = j + 1
        return starts and jumps

    def frontier_names(self, st):
        """while cur: nxt = []; for v in cur: ... nxt.append(w); cur = nxt: a traversal level by
        level. Each level's for-loop walks the items added by the level before, so over the whole
        while loop the for-loops together walk every item added, once per time it was added."""
        assigned = {}
        for sub in st.body:
            if isinstance(sub, ast.Assign):
                for t in sub.targets:
                    pairs = [(t, sub.value)]
                    if isinstance(t, ast.Tuple) and isinstance(sub.value, ast.Tuple) \
                            and len(t.elts) == len(sub.value.elts):
                        pairs = list(zip(t.elts, sub.value.elts))
                    for te, ve in pairs:
                        if isinstance(te, ast.Name):
                            assigned[te.id] = ve
        out = set()
        for sub in st.body:
            if isinstance(sub, (ast.For, ast.AsyncFor)) and isinstance(sub.iter, ast.Name):
                name = sub.iter.id
                value = assigned.get(name)
                # The next level was collected in this iteration: a name filled here.
                if isinstance(value, ast.Name) and value.id != name:
                    out.add(name)
                elif isinstance(value, (ast.ListComp, ast.SetComp)):
                    out.add(name)
        return out

    def popped_containers(self, st):
        out = set()
        for sub in ast.walk(ast.Module(body=st.body, type_ignores=[])):
            if isinstance(sub, ast.Call):
                name = call_name(sub)
                if name in ("pop", "popleft") and isinstance(sub.func, ast.Attribute):
                    b = base_name(sub.func.value)
                elif name == "heappop" and sub.args:
                    b = base_name(sub.args[0])
                else:
                    continue
                if b:
                    out.add(b)
        return out

    @staticmethod
    def only_raised(outer, names):
        """Counters that never go down in the loop around: stepped up (j += 1) and otherwise set
        only to at least themselves (j = max(j, i)). A while loop stepping one of them runs as
        many passes over the whole outer loop as the counter's range, as a two-pointer window."""
        guarded = Analyzer.guarded_raises(outer, names) | resets_ahead_of_the_window(outer, names)
        for n in ast.walk(outer):
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id in names \
                    and not isinstance(n.op, ast.Add):
                return False
            if isinstance(n, ast.Assign) and any(x in names for t in n.targets for x in target_names(t)) \
                    and id(n) not in guarded:
                v = n.value
                if not (len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and isinstance(v, ast.Call)
                        and call_name(v) == "max" and any(isinstance(a, ast.Name) and a.id == n.targets[0].id
                                                          for a in v.args)):
                    return False
        return True

    @staticmethod
    def guarded_raises(outer, names):
        """Assignments `j = x` (or `j = x + 1`) in a branch taken only when j <= x (`if j < x:`, the
        else of `if j > x:`): they move j forward, as j = max(j, x) does (a window that restarts
        past i when it is empty: `if j > i: s -= a[i] else: j = i + 1`)."""
        out = set()

        def below(cond, j):
            """The values x with j <= x whenever cond holds (a strict j < x is also j <= x)."""
            if isinstance(cond, ast.UnaryOp) and isinstance(cond.op, ast.Not):
                c = cond.operand
                if isinstance(c, ast.Compare) and len(c.ops) == 1:
                    flipped = {ast.Gt: ast.LtE, ast.GtE: ast.Lt, ast.Lt: ast.GtE, ast.LtE: ast.Gt}
                    op = flipped.get(type(c.ops[0]))
                    return below(ast.Compare(left=c.left, ops=[op()], comparators=c.comparators), j) if op else []
                return []
            if isinstance(cond, ast.BoolOp) and isinstance(cond.op, ast.And):
                return [x for v in cond.values for x in below(v, j)]
            if not (isinstance(cond, ast.Compare) and len(cond.ops) == 1):
                return []
            a, op, b = cond.left, cond.ops[0], cond.comparators[0]
            if isinstance(a, ast.Name) and a.id == j and isinstance(op, (ast.Lt, ast.LtE)):
                return [b]
            if isinstance(b, ast.Name) and b.id == j and isinstance(op, (ast.Gt, ast.GtE)):
                return [a]
            return []

        def at_least(v, x):
            if ast.dump(v) == ast.dump(x):
                return True
            return isinstance(v, ast.BinOp) and isinstance(v.op, ast.Add) and ast.dump(v.left) == ast.dump(x) \
                and isinstance(v.right, ast.Constant) and type(v.right.value) is int and v.right.value >= 0

        for n in ast.walk(outer):
            if not isinstance(n, ast.If):
                continue
            for branch, cond in ((n.body, n.test), (n.orelse, ast.UnaryOp(op=ast.Not(), operand=n.test))):
                for st in branch:
                    if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                            and st.targets[0].id in names \
                            and any(at_least(st.value, x) for x in below(cond, st.targets[0].id)):
                        out.add(id(st))
        return out

    def while_counters(self, st):
        names = names_in(st.test)
        out = set()
        for sub in ast.walk(ast.Module(body=st.body, type_ignores=[])):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name) \
                    and sub.target.id in names:
                out.add(sub.target.id)
        return out

    def while_iterations(self, st):
        flagged = loop_ended_by_flag(st)
        if flagged is not None:
            exits = count_by_exit(self, flagged)
            if exits:
                return exits
        test = st.test
        cond_names = names_in(test)
        updates = {}
        body_mod = ast.Module(body=st.body, type_ignores=[])
        assigned_mid = set()
        pops = False
        for sub in ast.walk(body_mod):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name):
                updates.setdefault(sub.target.id, []).append(("aug", sub.op, sub.value))
            elif isinstance(sub, ast.Assign):
                for t in sub.targets:
                    if isinstance(t, ast.Tuple) and isinstance(sub.value, ast.Tuple) \
                            and len(t.elts) == len(sub.value.elts):
                        # a, b = b, a % b: each name gets its own value.
                        for te, ve in zip(t.elts, sub.value.elts):
                            for name in target_names(te):
                                updates.setdefault(name, []).append(("set", None, ve))
                        continue
                    for name in target_names(t):
                        updates.setdefault(name, []).append(("set", None, sub.value))
                if self.is_midpoint_expr(sub.value, cond_names) or fraction_point(sub.value, cond_names):
                    for t in sub.targets:
                        assigned_mid.update(target_names(t))
            elif isinstance(sub, ast.Call) and call_name(sub) in ("pop", "popleft", "heappop",
                                                                  "popitem", "remove"):
                pops = True
        updates = branch_updates(divmod_updates(updates, st.body))  # either branch; divmod (rules_updates.py)
        updates = through_temporaries(updates, cond_names, lambda v: self.is_midpoint_expr(v, cond_names)
                                      or fraction_point(v, cond_names))
        updates = through_stepped_temporary(updates, cond_names, scale_of)
        bound = self.condition_bound(test, updates)
        chase = self.parent_chase(st, updates)
        if chase:
            return chase
        # Binary search: lo/hi set from a midpoint.
        for name in cond_names:
            for kind, op, value in updates.get(name, []):
                if kind == "set" and (names_in(value) & assigned_mid or (
                        isinstance(value, ast.BinOp) and isinstance(value.op, (ast.FloorDiv, ast.RShift))
                        and isinstance(value.left, ast.BinOp) and isinstance(value.left.op, ast.Add))):
                    rng = cmax(*[self.mag.get(x, ONE) for x in cond_names])
                    rng = cmax(rng, self.range_of_names(cond_names))
                    if rng.is_const():
                        return Cost(0, 1), "binary search"
                    return log_of(rng), "binary search"
        harmonic = harmonic_while(self, st, updates, bound) or harmonic_product(self, st, updates)
        if harmonic:
            return harmonic
        halving = doubling = linear = False
        halved, stepped = set(), set()
        for name in cond_names:
            if sum_recurrence(name, updates):
                doubling = True  # a, b = b, a + b grows as Fibonacci numbers do (rules_logn.py)
            lowest = lowest_bit_through_name(name, updates)
            if lowest == "halving":
                halving = True  # b = x & -x; x -= b clears a bit per pass (rules_logn.py)
                halved.add(name)
            elif lowest == "doubling":
                doubling = True
            for kind, op, value in updates.get(name, []):
                if sets_lowest_zero_bit(op, value, name):
                    doubling = True  # i |= i + 1: a Fenwick tree from 0 (rules_templates.py)
                    continue
                if kind == "aug":
                    if isinstance(op, (ast.Add, ast.Sub)) and isinstance(value, ast.Constant):
                        stepped.add(name)
                    if isinstance(op, (ast.FloorDiv, ast.Div, ast.RShift, ast.BitAnd, ast.Mod)):
                        # x &= x - 1 only ever clears bits: at most log x passes change x;
                        # a %= b as in Euclid's algorithm (a = a % b already counted so).
                        halving = True
                        halved.add(name)
                    elif isinstance(op, (ast.Mult, ast.LShift)):
                        # x *= 1 does not grow, x <<= 1 doubles (only x <<= 0 stays).
                        still = (0, 1) if isinstance(op, ast.Mult) else (0,)
                        if not (isinstance(value, ast.Constant) and value.value in still):
                            doubling = True
                    elif isinstance(op, (ast.Add, ast.Sub)):
                        if self.lowest_bit_step(value, name) or self.grows_geometrically(value, updates):
                            doubling = True
                        elif isinstance(op, ast.Sub) and any(
                                isinstance(x, ast.BinOp) and isinstance(x.op, ast.FloorDiv)
                                and name in names_in(x.left) for x in ast.walk(value)):
                            halving = True  # a -= b * (a // b) is a %= b: Euclid's algorithm
                        elif (scale_of(ast.BinOp(left=ast.Name(id=name), op=op, right=value), name) or 0) > 1:
                            doubling = True  # x += x
                        else:
                            linear = True
                elif kind == "set" and isinstance(value, ast.BinOp):
                    refs = names_in(value)
                    if isinstance(value.op, (ast.FloorDiv, ast.Div, ast.RShift, ast.BitAnd)) and name in refs:
                        halving = True
                        halved.add(name)  # n -= 1; n = n // 26 halves n itself, as n //= 26 does
                    elif isinstance(value.op, (ast.Mult, ast.LShift)) and name in refs:
                        doubling = True
                    elif isinstance(value.op, ast.Mod) and name in refs:
                        halving = True  # Euclid's algorithm
                    elif isinstance(value.op, ast.Add) and name in refs \
                            and self.grows_geometrically(value, updates):
                        doubling = True  # x = x + 9 * 10 ** d with d counting up
                    elif isinstance(value.op, (ast.Add, ast.Sub)):
                        scale = scale_of(value, name)
                        if scale is not None and 0 < scale < 1:
                            halving = True  # n = n // 2 + n % 2 halves, rounding up
                        elif scale is not None and scale > 1:
                            doubling = True  # x = 2 * x + 1, x = x * k + 1 at least double (a heap's child)
                        else:
                            linear = True
                elif kind == "set" and isinstance(value, ast.Call) and call_name(value) in (
                        "pop", "popleft", "heappop"):
                    pops = True
                elif kind == "set" and halves_a_list(value, name):
                    halving = True  # a = [max(a[i], a[i + 1]) for i in range(0, len(a), 2)] (rules_shapes.py)
                    halved.add(name)
                elif kind == "set":
                    linear = True
            start = self.mag.get(name, ONE)
            if name in updates and (halving or doubling) and not (doubling and not halving and start.exp):
                # A value halved runs as long as it starts; one doubled up to a limit runs until
                # the limit, and its own size (2^steps, as p <<= 1 grows it) says nothing more.
                bound = cmax(bound, start)
        sqrt_bound = False
        for sub in ast.walk(test):
            if isinstance(sub, ast.Compare) and isinstance(sub.left, ast.BinOp) \
                    and isinstance(sub.left.op, ast.Mult) and isinstance(sub.left.left, ast.Name) \
                    and isinstance(sub.left.right, ast.Name) and sub.left.left.id == sub.left.right.id:
                sqrt_bound = True
        if halving and not doubling and stepped - halved and not halved & {
                name for b in st.body if isinstance(b, (ast.Assign, ast.AugAssign))
                for t in (b.targets if isinstance(b, ast.Assign) else [b.target]) for name in target_names(t)}:
            # while x * x <= n: if n % x == 0: n //= x  else: x += 1 -- the bound shrinks only in
            # some passes (at most log n of them); in the others the counter steps by one, so it is
            # the counter's walk (sqrt n here) that bounds the loop, as in trial division.
            halving = False
        if halving or doubling:
            if bound.is_const():
                return ONE, "halving/doubling over a constant"
            return log_of(bound), "halving" if halving else "doubling"
        if isinstance(test, ast.Constant) and test.value:
            exits = count_by_exit(self, st)
            if exits:
                return exits
            through_flag = left_through_inner_flag(st)  # `break outer;` from an inner loop (rules_shapes.py)
            exits = count_by_exit(self, through_flag) if through_flag is not None else None
            if exits:
                return exits
            # while True: runs until a break; assume it walks the input once.
            if self.program_has_size():
                return n_cost(), "until break"
            return ONE, "until break"
        container_test = any(isinstance(n, ast.Name) and self.kind.get(n.id) in ("seq", "hash")
                             for n in ast.walk(test)) or any(
            isinstance(n, ast.Call) and call_name(n) == "len" for n in ast.walk(test))
        if pops and (container_test or not linear):
            if self.pushes_subsets(st):
                return Cost(0, 0, 1), "search over subsets"
            sz = n_cost() if self.program_has_size() else ONE
            return sz, "queue/stack traversal"
        if linear and self.exponent_counters(test, updates):
            # while (1 << k) <= n: k += 1 -- the counter is an exponent: log n steps.
            full = self.condition_bound(test, {})
            return (log_of(full) if not full.is_const() else ONE), "doubling"
        if linear:
            if sqrt_bound:
                return sqrt_of(bound), "linear"
            # A counter walked down to a constant (while i > 0: i -= 1) runs as long as it starts.
            for name in cond_names:
                if name in updates and (any(k == "aug" and isinstance(o, ast.Sub) for k, o, _ in updates[name])
                                        or walked_down_by_set(name, updates)):
                    bound = cmax(bound, self.mag.get(name, ONE))
            if bound.is_const():
                if not any(name in updates for name in cond_names):
                    bound = n_cost() if self.program_has_size() else ONE
                if until_nothing_changes(st) and any(  # a pass over the input, not over a fixed table
                        not (self.iterations(f.iter) if isinstance(f, ast.For) else self.while_iterations(f)[0]).is_const()
                        for f in st.body if isinstance(f, (ast.For, ast.While))):
                    return n_cost(), "passes until one changes nothing"
                walked = chain_step_collections(test, updates)
                if walked and not starts_on_another_table(self.tree, st, walked):
                    size = cmax(*[self.mag.get(c, ONE) for c in walked])
                    return size, "a walk along a chain of links" if not size.is_const() else "linear"
                return bound, "linear"
            return bound, "linear"
        if bound.exp and not bound.fact and any(k == "set" for name in cond_names for k, _, _ in updates.get(name, [])):
            # while mask < (1 << n): mask = next_mask(mask) -- Gosper's step to the next mask with as
            # many bits: a value the body recomputes and the test holds below 2^n, no halving or
            # doubling rule above applied, so it can take every value below the bound.
            return bound, "values below an exponential bound"
        if self.program_has_size():
            self.uncertain.append(st.lineno)
            return n_cost(), "unknown bound"
        return ONE, "constant"

    def pushes_subsets(self, st):
        """while q: m = q.popleft(); nm = m ^ (1 << i) ... q.append(nm) -- a search whose states are
        numbers up to 2^n (bitmasks of n items): it can reach every one of them, not n states."""
        for sub in ast.walk(ast.Module(body=st.body, type_ignores=[])):
            if isinstance(sub, ast.Call) and call_name(sub) in ("append", "appendleft", "add", "heappush", "put") \
                    and isinstance(sub.func, (ast.Attribute, ast.Name)) and sub.args:
                item = sub.args[-1]
                parts = item.elts if isinstance(item, ast.Tuple) else [item]
                if any(self.magnitude(x).exp and not self.magnitude(x).fact for x in parts):
                    return True
        return False

    def parent_chase(self, st, updates):
        """while p[x] != x: p[x] = p[p[x]]; x = p[x] -- walking up a union-find forest (its table a
        name or a class's attribute, self.parent: rules_templates.py). With path compression (the
        loop rewrites the parents it passes, or a second walk of the same find relinks the path
        this one found) the walks of all finds together cost O(log n) each, amortized; without it a
        chain can be n long and the general rules apply."""
        step = parent_step(st.test, updates)
        if step is None:
            return None
        parents = step[0]
        if relinks_items(st.body, parents) or self.relinked_by_a_second_walk(st, parents):
            return self.compressed_walk(parents), "union-find walk with path compression"
        if self.links_by_rank(parents):
            size = self.mag.get(parents, ONE) if "." not in parents else n_cost()
            return (log_of(size) if not size.is_const() else ONE), "union-find walk, union by size"
        return None

    def relinked_by_a_second_walk(self, st, parents):
        """Whether the function around the walk `st` has another while loop walking the same forest
        that relinks it (root = x; while p[root] != root: root = p[root]; then while p[x] != root:
        p[x], x = root, p[x]): the first walk is as long as the second, which compresses."""
        for f in self.nodes:
            if not isinstance(f, ast.FunctionDef) or not any(n is st for n in ast.walk(f)):
                continue
            for loop in ast.walk(f):
                if isinstance(loop, ast.While) and loop is not st and relinks_items(loop.body, parents):
                    ups = {}
                    for n in ast.walk(ast.Module(body=loop.body, type_ignores=[])):
                        if isinstance(n, ast.Assign) and len(n.targets) == 1:
                            t, v = n.targets[0], n.value
                            pairs = zip(t.elts, v.elts) if isinstance(t, ast.Tuple) and isinstance(v, ast.Tuple) \
                                and len(t.elts) == len(v.elts) else [(t, v)]
                            for te, ve in pairs:
                                for name in target_names(te):
                                    ups.setdefault(name, []).append(("set", None, ve))
                    found = parent_step(loop.test, ups)
                    if found and found[0] == parents:
                        return True
        return False

    def links_by_rank(self, parents):
        """Whether the program links one root under another only after comparing their sizes or
        ranks (if sz[a] < sz[b]: a, b = b, a; p[b] = a): a tree's height then grows only when it
        at least doubles, so every walk up it is O(log n) even without path compression."""
        for f in self.nodes:
            if not isinstance(f, (ast.FunctionDef, ast.If)):
                continue
            links = [n for n in ast.walk(f) if isinstance(n, ast.Assign) and any(
                isinstance(t, ast.Subscript) and holder_key(t.value) == parents and isinstance(t.slice, ast.Name)
                for t in n.targets) and isinstance(n.value, ast.Name)]
            if not links:
                continue
            for c in ast.walk(f):
                if isinstance(c, ast.Compare) and len(c.ops) == 1 and isinstance(
                        c.ops[0], (ast.Lt, ast.Gt, ast.LtE, ast.GtE)):
                    l, r = c.left, c.comparators[0]
                    if isinstance(l, ast.Subscript) and isinstance(r, ast.Subscript) \
                            and holder_key(l.value) == holder_key(r.value) is not None \
                            and holder_key(l.value) != parents:
                        linked = {t.slice.id for n in links for t in n.targets if isinstance(t, ast.Subscript)}
                        linked |= {n.value.id for n in links}
                        if names_in(l.slice) & linked or names_in(r.slice) & linked:
                            return True
        return False

    def exponent_counters(self, test, updates):
        """Whether every name of the condition that the loop steps by a constant is used in it only
        as an exponent or a shift amount: 2 ** k, 1 << k, x >> k."""
        stepped = {name for name, ups in updates.items() if name in names_in(test) and all(
            k == "aug" and isinstance(o, (ast.Add, ast.Sub)) and is_constant_expr(v) for k, o, v in ups)}
        if not stepped:
            return False
        exponent_uses = set()
        all_uses = 0
        for sub in ast.walk(test):
            if isinstance(sub, ast.BinOp) and (isinstance(sub.op, (ast.LShift, ast.RShift)) or (
                    isinstance(sub.op, ast.Pow) and isinstance(sub.left, ast.Constant))):
                for x in ast.walk(sub.right):
                    if isinstance(x, ast.Name) and x.id in stepped:
                        exponent_uses.add(id(x))
            if isinstance(sub, ast.Name) and sub.id in stepped:
                all_uses += 1
        return all_uses > 0 and len(exponent_uses) == all_uses

    def is_midpoint_expr(self, value, cond_names):
        """(lo + hi) // 2, lo + (hi - lo) // 2, (lo + hi) >> 1, (lo + hi) / 2: a midpoint of two
        loop-condition variables."""
        # A third of the range (l + (r - l) / 3, a ternary search's probe) cuts it by a constant factor too.
        halves = any(isinstance(x, ast.BinOp) and isinstance(x.op, (ast.FloorDiv, ast.RShift, ast.Div))
                     and isinstance(x.right, ast.Constant) and x.right.value in ((1, 2) if isinstance(x.op, ast.RShift)
                                                                                 else (2, 3))
                     for x in ast.walk(value))
        return halves and len(names_in(value) & cond_names) >= 2

    def lowest_bit_step(self, value, name):
        """i += i & -i (a Fenwick tree walk) moves by the lowest set bit: log steps."""
        for sub in ast.walk(value):
            if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.BitAnd) and name in names_in(sub):
                return True
        return False

    def condition_bound(self, test, updates):
        """The largest input-dependent quantity a loop condition compares with. A conjunction stops
        at its smallest bound (while i < 26 and cnt < k runs at most 26 times)."""
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            bounds = [self.condition_bound(v, updates) for v in test.values]
            limited = [v for v, b in zip(test.values, bounds) if b.is_const() and any(
                isinstance(x, ast.Constant) for x in ast.walk(v)) and names_in(v) & set(updates)]
            if limited:
                return ONE
            return cmax(*bounds)
        bound = ONE
        measured = names_only_bit_lengths(test)
        for name in names_in(test):
            if name not in updates and name not in measured:
                bound = cmax(bound, self.mag.get(name, ONE))
        for sub in ast.walk(test):
            if isinstance(sub, ast.Call):
                bound = cmax(bound, self.magnitude(sub))
            if isinstance(sub, ast.Subscript):
                bound = cmax(bound, self.magnitude(sub))
            if isinstance(sub, ast.Compare):
                # A side the loop does not change is a limit as large as its value: the counter in
                # while mask < 2 ** n runs up to 2^n, not up to n.
                for side in [sub.left] + sub.comparators:
                    if isinstance(side, ast.BinOp) and not names_in(side) & set(updates):
                        bound = cmax(bound, self.magnitude(side))
        return bound

    def grows_geometrically(self, value, updates):
        """x += 9 * 10**c with c counting up, or x += x: the step itself grows exponentially."""
        for sub in ast.walk(value):
            if isinstance(sub, ast.BinOp) and isinstance(sub.op, (ast.Pow, ast.LShift)):
                if names_in(sub.right) & set(updates):
                    return True
            if isinstance(sub, ast.Name) and sub.id in updates:
                for kind, op, _ in updates[sub.id]:
                    if kind == "aug" and isinstance(op, (ast.Mult, ast.LShift)):
                        return True
        return False

    def range_of_names(self, names):
        out = ONE
        for name in names:
            out = cmax(out, self.mag.get(name, ONE))
        return out

    # --- functions and recursion ---

    def self_calls(self, f):
        """Call sites of f inside f, with how many can happen per invocation and whether in a loop."""
        sites = []

        def visit(stmts, in_loop):
            count = 0
            for i, st in enumerate(stmts):
                if isinstance(st, ast.If) and not st.orelse and st.body and isinstance(
                        st.body[-1], (ast.Return, ast.Raise)):
                    # if c: return f(n - 1) ... rest: the rest is the else branch.
                    return count + count_expr(st.test, in_loop) + max(
                        visit(st.body, in_loop), visit(stmts[i + 1:], in_loop))
                count += visit_stmt(st, in_loop)
            return count

        def visit_stmt(st, in_loop):
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                return 0
            if isinstance(st, ast.If):
                return count_expr(st.test, in_loop) + max(visit(st.body, in_loop), visit(st.orelse, in_loop))
            if isinstance(st, (ast.For, ast.While)):
                head = st.iter if isinstance(st, ast.For) else st.test
                c = count_expr(head, in_loop) + visit(st.body, True)
                return c * (2 if c else 1) + visit(st.orelse, in_loop)
            if isinstance(st, ast.Try):
                return visit(st.body, in_loop) + max([visit(h.body, in_loop) for h in st.handlers] + [0])
            total = 0
            for child in ast.iter_child_nodes(st):
                if isinstance(child, ast.expr):
                    total += count_expr(child, in_loop)
                elif isinstance(child, ast.stmt):
                    total += visit_stmt(child, in_loop)
            return total

        def count_expr(e, in_loop):
            if isinstance(e, ast.IfExp):
                return count_expr(e.test, in_loop) + max(count_expr(e.body, in_loop),
                                                         count_expr(e.orelse, in_loop))
            if isinstance(e, ast.BoolOp):
                return sum(count_expr(v, in_loop) for v in e.values)
            c = 0
            loopish = isinstance(e, (ast.ListComp, ast.GeneratorExp, ast.SetComp, ast.DictComp))
            for sub in ast.iter_child_nodes(e):
                if isinstance(sub, ast.expr):
                    c += count_expr(sub, in_loop or loopish)
                elif isinstance(sub, ast.comprehension):
                    c += count_expr(sub.iter, True) + sum(count_expr(x, True) for x in sub.ifs)
            if isinstance(e, ast.Call) and call_name(e) == f.name and self.is_self_call(f, e):
                sites.append((e, in_loop))
                c += 1
            if loopish and c:
                c *= 2
            return c

        calls = visit(f.body, False)
        return calls, sites

    def is_self_call(self, f, call):
        """f(...) in a function, self.f(...) in a method (its first parameter is the object)."""
        if id(f) not in self.method_ids:
            return isinstance(call.func, ast.Name)
        first = f.args.args[0].arg if f.args.args else None
        return isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) \
            and call.func.value.id == first

    def shrink_kind(self, f, call):
        params = [a.arg for a in f.args.args]
        if id(f) in self.method_ids:
            params = params[1:]
        kinds = set()
        changed = 0
        for i, arg in enumerate(call.args):
            p = params[i] if i < len(params) else None
            if isinstance(arg, ast.Name) and arg.id == p:
                continue
            changed += 1
            kinds.add(self.arg_shrink(arg, p, f))
        if not call.args:
            kinds.add("unknown")
        return kinds, changed

    def varying_params(self, f, sites):
        """How many parameters of a recursive function take new values over its calls. The states of
        a memoized function are the combinations of those values: dp(i + 1, j) at one call and
        dp(i, j - 1) at another vary both i and j (n^2 states), though each call changes only one.
        A parameter only ever flipped or set to a literal (1 - t, t ^ 1, not t, 0) takes a constant
        number of values and adds no dimension."""
        params = [a.arg for a in f.args.args]
        if id(f) in self.method_ids:
            params = params[1:]
        varying = set()
        for call, _ in sites:
            for i, arg in enumerate(call.args):
                p = params[i] if i < len(params) else None
                if isinstance(arg, ast.Name) and arg.id == p:
                    continue
                flip = isinstance(arg, ast.Constant) or (
                    isinstance(arg, ast.UnaryOp) and isinstance(arg.op, ast.Not)) or (
                    isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.BitXor, ast.Sub))
                    and isinstance(arg.left if isinstance(arg.op, ast.Sub) else arg.right, ast.Constant)
                    and isinstance(arg.right if isinstance(arg.op, ast.Sub) else arg.left, ast.Name)
                    and (arg.right if isinstance(arg.op, ast.Sub) else arg.left).id == p)
                if not flip:
                    varying.add(i)
        return len(varying)

    def recursive_parent_chase(self, f, sites):
        """def find(x): if p[x] != x: p[x] = find(p[x]); return p[x] -- the recursive form of a
        union-find walk: one call on the parent of its argument, whose result is written back as
        that parent (path compression). The walks of all finds cost O(log n) each, amortized, as
        the loop form does; without the write-back a chain can be n long."""
        params = [a.arg for a in f.args.args]
        if id(f) in self.method_ids:
            params = params[1:]
        if len(sites) != 1 or not params:
            return None
        call = sites[0][0]
        if len(call.args) < 1:
            return None
        arg = call.args[0]
        # The table may be a class's attribute (self.par[x] = self.find(self.par[x])): holder_key.
        if not (isinstance(arg, ast.Subscript) and holder_key(arg.value) is not None
                and isinstance(arg.slice, ast.Name) and arg.slice.id == params[0]):
            return None
        parents = holder_key(arg.value)
        for sub in ast.walk(f):
            if isinstance(sub, ast.Assign) and sub.value is call and any(
                    isinstance(t, ast.Subscript) and holder_key(t.value) == parents
                    and ast.dump(t.slice) == ast.dump(arg.slice) for t in sub.targets):
                return self.compressed_walk(parents)
        return None

    def compressed_walk(self, parents):
        """Amortized steps of a walk up a union-find forest that compresses the path: O(log n)
        alone, and the inverse Ackermann function of n -- at most 4 for any input that fits in
        memory -- when the program also links the smaller tree under the larger (links_by_rank)."""
        # A class's table (self.parent) has no magnitude of its own: it holds one item per element.
        size = self.mag.get(parents, ONE) if "." not in parents else n_cost()
        if size.is_const() or self.links_by_rank(parents):
            return ONE
        return log_of(size)

    def stops_inside_query(self, f, sites):
        """A recursion on halves of a range [l, r] that passes a query range on unchanged and
        returns as soon as its range lies inside the query (`if ql <= l and r <= qr: return ...`):
        a segment tree's query. Only the nodes cut by the query's two ends recurse further, two per
        level, so a call costs O(log n) calls, not one per element."""
        params = [a.arg for a in f.args.args]
        if id(f) in self.method_ids:
            params = params[1:]
        fixed, halved = set(params), set()
        for call, _ in sites:
            for i, p in enumerate(params):
                arg = call.args[i] if i < len(call.args) else None
                if arg is None or not (isinstance(arg, ast.Name) and arg.id == p):
                    fixed.discard(p)
                if arg is not None and self.arg_shrink(arg, p, f) == "divide":
                    halved.add(p)
        fixed -= halved
        if not fixed or len(halved) < 1:
            return False

        def relates(cmp):
            names = {n.id for part in [cmp.left] + cmp.comparators for n in ast.walk(part)
                     if isinstance(n, ast.Name)}
            return bool(names & fixed) and bool(names & (set(params) - fixed))

        for sub in ast.walk(f):
            if not (isinstance(sub, ast.If) and sub.body and isinstance(sub.body[-1], ast.Return)):
                continue
            test = sub.test
            parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
            cmps = [c for c in parts if isinstance(c, ast.Compare) and all(
                isinstance(o, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for o in c.ops)]
            # Inside: both ends compared (ql <= l and r <= qr, or ql <= l <= r <= qr).
            ends = sum(len(c.ops) for c in cmps if relates(c))
            if ends >= 2 and len(cmps) == len(parts):
                return True
        return False

    def arg_shrink(self, arg, p, f):
        if partitions_parameter(arg, p):
            return "divide"
        if isinstance(arg, ast.BinOp):
            if isinstance(arg.op, (ast.FloorDiv, ast.Div, ast.RShift)):
                return "divide"
            if isinstance(arg.op, (ast.Sub, ast.Add)) and isinstance(arg.left, ast.Name) \
                    and is_constant_expr(arg.right) and self.is_midpoint(f, arg.left.id):
                # mid + 1: the upper half of a range split at its midpoint.
                return "divide"
            if isinstance(arg.op, (ast.Sub, ast.Add)) and 0 < (scale_of(arg, p) or 0) < 1:
                return "divide"  # f(n - (n + 1) // 2): a constant fraction of n, as n // 2 is
            if isinstance(arg.op, (ast.Sub, ast.Add)):
                return "subtract"
            if isinstance(arg.op, ast.Mod):
                return "divide"
        if isinstance(arg, ast.Subscript) and isinstance(arg.slice, ast.Slice):
            s = arg.slice
            for bound in (s.lower, s.upper):
                if bound is not None and isinstance(bound, ast.Name) and self.is_midpoint(f, bound.id):
                    return "divide"
                if isinstance(bound, ast.BinOp) and isinstance(bound.op, (ast.FloorDiv, ast.RShift)):
                    return "divide"
            return "subtract"
        if isinstance(arg, ast.Name):
            if self.is_midpoint(f, arg.id):
                return "divide"
            if slice_bound_once(f, arg.id) is not None:
                return self.arg_shrink(slice_bound_once(f, arg.id), p, f)  # left = a[:mid]
            if partitions_parameter(bound_once_in_function(f, arg.id), p) or filled_from_one_side(f, arg.id, p):
                return "divide"  # less = [x for x in a if x < pivot] (or filled by a loop); qs(less)
            return "other"
        return "other"

    def is_midpoint(self, f, name):
        for sub in ast.walk(f):
            if isinstance(sub, ast.Assign) and name in [n for t in sub.targets for n in target_names(t)]:
                v = sub.value
                if isinstance(v, ast.BinOp) and isinstance(v.op, (ast.FloorDiv, ast.RShift, ast.Div)):
                    return True
        return False

    def is_memoized(self, f):
        for d in f.decorator_list:
            target = d.func if isinstance(d, ast.Call) else d
            n = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if n in ("lru_cache", "cache", "memoize", "memo"):
                return True
        if not any(isinstance(r, ast.Return) and r.value is not None and not (
                isinstance(r.value, ast.Constant) and r.value.value is None) for r in ast.walk(f)):
            # A function that returns nothing caches no answer: a table it tests and writes is a
            # traversal's marks (white, grey, black), not a memo.
            return False
        # A dictionary or list consulted before recursing and written afterwards. What is only read
        # after the first recursive call (a merge sort comparing a[i] <= a[j] of its sorted halves,
        # then writing a[k]) is the recursion's own data, not a table of answers.
        after_call = after_first_self_call(f)
        looked = set()
        stored = set()
        for sub in ast.walk(f):
            if id(sub) in after_call and not isinstance(sub, ast.Assign):
                continue
            if isinstance(sub, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn)) for o in sub.ops):
                for c in sub.comparators:
                    b = base_name(c)
                    if b:
                        looked.add(b)
            if isinstance(sub, ast.Compare):
                for part in [sub.left] + sub.comparators:
                    if isinstance(part, ast.Subscript):
                        b = base_name(part)
                        if b:
                            looked.add(b)
                    elif isinstance(part, ast.Call) and call_name(part) == "get" \
                            and isinstance(part.func, ast.Attribute):
                        # if memo.get(k) is not None: return memo[k]
                        b = base_name(part.func.value)
                        if b:
                            looked.add(b)
            if isinstance(sub, ast.Try) and any(
                    h.type is None or any(isinstance(t, ast.Name) and t.id in (
                        "KeyError", "IndexError", "LookupError", "Exception")
                        for t in ([h.type] if not isinstance(h.type, ast.Tuple) else h.type.elts))
                    for h in sub.handlers):
                # try: return memo[k] except KeyError: ... -- a lookup that falls through when absent.
                for st in sub.body:
                    if isinstance(st, ast.Return) and isinstance(st.value, ast.Subscript):
                        b = base_name(st.value)
                        if b:
                            looked.add(b)
            if isinstance(sub, ast.Assign):
                for t in sub.targets:
                    if isinstance(t, ast.Subscript):
                        b = base_name(t)
                        if b:
                            stored.add(b)
        params = {a.arg for a in f.args.args}
        return bool((looked & stored) - params)

    def function_cost(self, name):
        if name in self.func_cost:
            return self.func_cost[name]
        if name in self.in_progress:
            return ONE
        self.in_progress.add(name)
        f = self.funcs[name]
        saved_loops, saved_am, saved_comp = self.enclosing_loops, self.amortized, self.memo_in_comprehension
        self.enclosing_loops, self.amortized, self.memo_in_comprehension = [], [], []
        body = self.block_cost(f.body)
        self.enclosing_loops, self.amortized, self.memo_in_comprehension = saved_loops, saved_am, saved_comp
        calls, sites = self.self_calls(f)
        cost = body
        if sites:
            cost = self.recursive_cost(f, body, calls, sites)
        if id(f) in self.method_ids and searches_buckets(f):
            cost = cmax(cost, Cost(0, 1).with_why("%s searches a sorted list kept in buckets" % name))
        self.in_progress.discard(name)
        self.func_cost[name] = cost
        return cost

    def recursive_cost(self, f, body, calls, sites):
        kinds = set()
        changed = 0
        in_loop = any(loop for _, loop in sites)
        per_call = []
        for call, _ in sites:
            k, c = self.shrink_kind(f, call)
            kinds |= k
            per_call.append(k)
            changed = max(changed, c)
        if all("divide" in k for k in per_call):
            # Every call halves one of its arguments (build(2 * v, l, mid), build(2 * v + 1,
            # mid + 1, r)): the depth is log n whatever the other arguments (a node's index) do.
            kinds = {"divide"}
        line = sites[0][0].lineno
        chase = self.recursive_parent_chase(f, sites)
        if chase is not None:
            self.recursion_depth[f.name] = chase
            return (chase * body).with_why(
                "%s walks up a union-find forest with path compression (line %d)" % (f.name, line))
        memo = self.is_memoized(f)
        visited = self.uses_visited(f)
        if memo:
            states = ONE
            for _ in range(max(1, min(self.varying_params(f, sites), 3))):
                states = states * n_cost()
            if any(self.is_bitmask_arg(call) for call, _ in sites) or self.keyed_by_whole_collection(f, sites) \
                    or self.calls_on_rearranged_copies(f, sites):
                # dp(mask | 1 << j): one state per subset.
                states = Cost(0, 0, 1)
            elif quotient_states(per_call, self.varying_params(f, sites)):
                states = log_of(n_cost())  # g(n // 2) + g(n // 3): quotients of n (rules_logn.py)
            cost = states * body
            self.recursion_depth[f.name] = n_cost() if states.deg or states.exp else states
            return cost.with_why("memoized recursion in %s: %s states" % (f.name, render(states)[2:-1]))
        if visited and self.calls_on_rearranged_copies(f, sites):
            self.recursion_depth[f.name] = n_cost()
            return Cost(0, 0, 1).with_why("%s marks every sequence it derives from its argument (line %d)" % (
                f.name, line))
        if not visited and self.calls_on_smaller_counters(f, sites):
            self.recursion_depth[f.name] = n_cost()
            return Cost(0, 0, 1).with_why("%s calls itself on every smaller value of a counter (line %d)" % (
                f.name, line))
        if visited or (in_loop and "other" in kinds and not (kinds & {"subtract", "divide"})):
            self.recursion_depth[f.name] = n_cost()
            c = cmax(n_cost(), body)
            return c.with_why("graph traversal %s visits each vertex once" % f.name)
        if kinds == {"divide"} or ("divide" in kinds and ("subtract" not in kinds or calls <= 1)):
            self.recursion_depth[f.name] = Cost(0, 1)
            if calls <= 1 and not in_loop:
                if body.is_const():
                    return Cost(0, 1).with_why("%s halves its argument each call (line %d)" % (f.name, line))
                return body.with_why("%s halves its argument; the work per level shrinks" % f.name)
            if calls == 2 and not in_loop:
                if self.stops_inside_query(f, sites):
                    return (Cost(0, 1) * body).with_why(
                        "%s is a range query on halves: it stops where its range lies inside the query"
                        " (line %d), so O(log n) calls" % (f.name, line))
                if body.is_const():
                    return n_cost().with_why("%s splits in two with constant work" % f.name)
                if body.deg <= 1 and not body.exp:
                    return (n_cost() * Cost(0, body.lg + 1)).with_why(
                        "divide and conquer in %s: T(n)=2T(n/2)+O(n)" % f.name)
                return body
            return Cost(2, 0).with_why("%s makes %d calls on halves" % (f.name, calls))
        if calls >= 2 or in_loop:
            self.recursion_depth[f.name] = n_cost()
            return Cost(0, 0, 1).with_why("%s calls itself %d times per call (line %d)" % (
                f.name, max(calls, 2), line))
        self.recursion_depth[f.name] = n_cost()
        return (n_cost() * body).with_why("%s recurses once per step (line %d)" % (f.name, line))

    def calls_on_rearranged_copies(self, f, sites):
        """def go(s): if s in seen: return; seen.add(s); for i ...: go(s[:i] + s[i + 1:]) -- the
        marks are not items of a fixed graph but the sequences the recursion builds from its own
        argument by slicing and joining (subsequences, rearrangements): exponentially many of them,
        each entered once."""
        params = {a.arg for a in f.args.args}

        def terms(e):
            if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Add):
                return terms(e.left) + terms(e.right)
            return [e]

        def cut(x, keep_front):
            # p[:i] (the part before a cut) or p[j:] (the part after it) of a parameter p; a
            # rotation p[k:] + p[:k] puts them the other way round and has only n values.
            return isinstance(x, ast.Subscript) and isinstance(x.slice, ast.Slice) and x.slice.step is None \
                and isinstance(x.value, ast.Name) and x.value.id in params \
                and (x.slice.lower is None) == keep_front and (x.slice.upper is None) != keep_front

        for call, _ in sites:
            for arg in call.args:
                parts = terms(arg)
                if len(parts) >= 2 and cut(parts[0], True) and cut(parts[-1], False):
                    return True
        return False

    def calls_on_smaller_counters(self, f, sites):
        """def ways(i): for j in range(i + 1, n + 1): total += ways(j) -- a self-call in a loop on
        the loop's counter, where the range is bounded by a parameter: each call recurses on every
        value between its own argument and the end, T(i) = T(i + 1) + ... + T(n), so 2^n calls
        without a memo. A traversal instead loops over a collection's items or a range fixed for
        the whole program (for u in range(n) with n global)."""
        params = {a.arg for a in f.args.args}
        if id(f) in self.method_ids:
            params -= {f.args.args[0].arg} if f.args.args else set()
        sites_in = {id(call) for call, in_loop in sites if in_loop}
        for loop in ast.walk(f):
            if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)
                    and isinstance(loop.iter, ast.Call) and call_name(loop.iter) == "range"
                    and isinstance(loop.iter.func, ast.Name)):
                continue
            bounded = {n.id for a in loop.iter.args for n in ast.walk(a) if isinstance(n, ast.Name)}
            if not bounded & params:
                continue
            counter = loop.target.id
            for sub in ast.walk(loop):
                if isinstance(sub, ast.Call) and id(sub) in sites_in and any(
                        isinstance(a, ast.Name) and a.id == counter for a in sub.args):
                    return True
        return False

    def keyed_by_whole_collection(self, f, sites):
        """memo[tuple(state)], lru_cache on f(tuple(counts)), memo[frozenset(used)]: a memo keyed
        by a whole collection's contents has a state per arrangement of its items, exponentially
        many, not one per value of an index."""
        def whole(e):
            while isinstance(e, ast.Call) and call_name(e) in ("sorted", "list") and isinstance(e.func, ast.Name) \
                    and len(e.args) == 1:
                e = e.args[0]
            return e

        def packs(e):
            if not (isinstance(e, ast.Call) and isinstance(e.func, ast.Name) and call_name(e) in (
                    "tuple", "frozenset") and len(e.args) == 1):
                return False
            inner = whole(e.args[0])
            if isinstance(inner, ast.Name) and inner.id in {a.arg for a in f.args.args}:
                return True
            return not self.magnitude(inner).is_const()

        packed = {n for sub in ast.walk(f) if isinstance(sub, ast.Assign) and packs(sub.value)
                  for t in sub.targets for n in target_names(t)}
        for call, _ in sites:
            if any(packs(a) for a in call.args):
                return True
        for sub in ast.walk(f):
            if isinstance(sub, ast.Subscript) and not isinstance(sub.slice, ast.Slice) and (
                    packs(sub.slice) or (isinstance(sub.slice, ast.Name) and sub.slice.id in packed)):
                return True
        return False

    def is_bitmask_arg(self, call):
        for arg in call.args:
            for sub in ast.walk(arg):
                if isinstance(sub, ast.BinOp) and isinstance(sub.op, (ast.BitOr, ast.BitXor)) and any(
                        isinstance(x, ast.BinOp) and isinstance(x.op, ast.LShift) for x in ast.walk(sub)):
                    return True
        return False

    def uses_visited(self, f):
        """A traversal: the function tests a collection before going on (if not seen[v], if v not in
        seen) and marks it itself (seen[v] = True, seen.add(v)), so each item is entered once."""
        tested = set()
        marked = set()
        twice = set()
        unmarked = set()
        # A test read only after the first recursive call (a merge comparing its sorted halves)
        # guards nothing the recursion enters.
        after_call = after_first_self_call(f)
        for sub in ast.walk(f):
            if (isinstance(sub, (ast.If, ast.While, ast.IfExp)) and id(sub) not in after_call) \
                    or isinstance(sub, ast.comprehension):
                tests = sub.ifs if isinstance(sub, ast.comprehension) else [sub.test]
                for t in tests:
                    for c in ast.walk(t):
                        if isinstance(c, ast.Subscript):
                            tested.add(base_name(c))
                        elif isinstance(c, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn))
                                                                for o in c.ops):
                            tested.add(base_name(c.comparators[0]))
            elif isinstance(sub, (ast.Assign, ast.AugAssign)):
                for t in (sub.targets if isinstance(sub, ast.Assign) else [sub.target]):
                    if isinstance(t, ast.Subscript):
                        b = base_name(t)
                        if b in marked or isinstance(sub, ast.AugAssign):
                            twice.add(b)
                        marked.add(b)
            elif isinstance(sub, ast.Call) and call_name(sub) in ("add", "append", "update") \
                    and isinstance(sub.func, ast.Attribute):
                marked.add(base_name(sub.func.value))
            elif isinstance(sub, ast.Call) and call_name(sub) in ("remove", "discard", "pop") \
                    and isinstance(sub.func, ast.Attribute):
                unmarked.add(base_name(sub.func.value))
        # Marked twice (used[i] = True ... used[i] = False) or removed again: backtracking, which
        # enters an item once per path, not once.
        found = (tested & marked) - twice - unmarked - {None}
        self.visit_tables[f.name] = found
        return bool(found)

    # --- space ---

    def space_cost(self):
        out = ONE
        why = ""
        for name, m in self.mag.items():
            k = self.kind.get(name)
            if k in ("seq", "hash", "str") and not m.is_const() and m.key() > out.key():
                out = m
                why = "%s grows to %s" % (shown(name), render(m)[2:-1])
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp)):
                m = self.magnitude(node)
                if isinstance(node, ast.ListComp) and isinstance(node.elt, (ast.ListComp, ast.BinOp)):
                    m = m * self.magnitude(node.elt)
                if m.key() > out.key() and not m.exp:
                    out = m
                    why = "table built at line %d holds %s entries" % (node.lineno, render(m)[2:-1])
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and isinstance(
                    node.left, ast.List):
                m = self.magnitude(node.right)
                if node.left.elts and isinstance(node.left.elts[0], (ast.List, ast.BinOp)):
                    m = m * self.magnitude(node.left.elts[0])
                if m.key() > out.key() and not m.exp:
                    out = m
                    why = "list built at line %d holds %s entries" % (node.lineno, render(m)[2:-1])
        for name, depth in self.recursion_depth.items():
            if depth.key() > out.key():
                out = depth
                why = "recursion depth of %s" % name
        if out.exp or out.fact:
            out = n_cost()
        return out.with_why(why)

    # --- the whole program ---

    def run(self):
        main_cost = self.block_cost(self.tree.body)
        # Functions never called from the module still describe the code: analyze them too.
        functions = []
        # Another language's lowered program names its functions as the user wrote them (lowering.py).
        origins = getattr(self.tree, "origins", {})
        # What Measure can call, for the IDE's picker (measure_notes.py).
        notes, method_params = measure_notes(self.tree, self.source)
        for node in ast.walk(self.tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                c = self.function_cost(node.name) if self.funcs.get(node.name) is node else ONE
                name, params = origins.get((node.name, node.lineno), (
                    node.name, [shown(a.arg) for a in node.args.posonlyargs + node.args.args]))
                params = method_params.get((node.name, node.lineno), params)
                functions.append({
                    "name": name,
                    "parameters": params,
                    "start_line": node.lineno,
                    "end_line": end_line(node),
                    "time": render(c),
                    "time_class": klass(c),
                    "explanation": c.why or "no loops depending on the input",
                })
                if (node.name, node.lineno) in notes:
                    functions[-1].update(measurable=False, measure_note=notes[(node.name, node.lineno)])
        if not any(isinstance(s, (ast.Expr, ast.Assign, ast.For, ast.While, ast.If, ast.AugAssign))
                   for s in self.tree.body) and functions:
            # A library of functions: its cost is its most expensive function.
            main_cost = cmax(*[self.func_cost.get(n.name, ONE) for n in ast.walk(self.tree)
                               if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))])
        space = self.space_cost()
        return main_cost, space, functions


# ----------------------------------------------------------------------------------------------------
# Risky patterns

RISK_CALLS = {
    "eval": ("eval_exec", "high"), "exec": ("eval_exec", "high"), "compile": ("eval_exec", "medium"),
    "system": ("system_command", "high"), "popen": ("system_command", "high"),
    "Popen": ("system_command", "high"), "call": None, "check_output": ("system_command", "high"),
    "check_call": ("system_command", "high"), "execv": ("system_command", "high"),
    "execvp": ("system_command", "high"), "spawnv": ("system_command", "high"),
    "remove": None, "unlink": ("file_deletion", "high"), "rmtree": ("file_deletion", "high"),
    "rmdir": ("file_deletion", "high"), "removedirs": ("file_deletion", "high"),
    "__import__": ("dynamic_import", "medium"), "import_module": ("dynamic_import", "medium"),
    "urlopen": ("network", "medium"), "create_connection": ("network", "medium"),
    "loads": None, "load": None,
}
NETWORK_MODULES = {"socket", "urllib", "requests", "http", "ftplib", "smtplib", "telnetlib", "httpx",
                   "aiohttp", "paramiko"}
PICKLE_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill"}


def scan_risks(tree):
    risks = []

    def add(kind, level, line, detail):
        risks.append({"kind": kind, "level": level, "line": line, "detail": detail})

    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for m in mods:
                root = m.split(".")[0]
                if root in NETWORK_MODULES:
                    add("network", "medium", node.lineno, "imports %s" % m)
                if root == "subprocess":
                    add("system_command", "medium", node.lineno, "imports subprocess")
                if root in ("importlib",):
                    add("dynamic_import", "low", node.lineno, "imports importlib")
        elif isinstance(node, ast.Call):
            name = call_name(node)
            owner = base_name(node.func.value) if isinstance(node.func, ast.Attribute) else None
            if name in ("loads", "load", "Unpickler") and owner in PICKLE_MODULES:
                add("unpickling", "high", node.lineno, "%s.%s can run arbitrary code" % (owner, name))
            elif name in ("remove",) and owner in ("os",):
                add("file_deletion", "high", node.lineno, "os.remove deletes a file")
            elif name in ("call", "run") and owner == "subprocess":
                add("system_command", "high", node.lineno, "subprocess.%s runs a command" % name)
            # input() and sys.stdin are not risky: reading the input is what every exercise does, and
            # the IDE's console answers it.
            elif RISK_CALLS.get(name):
                kind, level = RISK_CALLS[name]
                if kind == "file_deletion" and owner not in ("os", "shutil", None) and name != "unlink":
                    continue
                if kind == "system_command" and owner not in ("os", "subprocess"):
                    continue
                if name in ("compile",) and owner is not None:
                    continue  # re.compile and friends
                add(kind, level, node.lineno, "%s()" % name)
        elif isinstance(node, ast.While):
            if isinstance(node.test, ast.Constant) and node.test.value:
                exits = any(isinstance(s, (ast.Break, ast.Return, ast.Raise)) for s in ast.walk(
                    ast.Module(body=node.body, type_ignores=[]))) or any(
                    isinstance(s, ast.Call) and call_name(s) in ("exit", "quit", "_exit")
                    for s in ast.walk(ast.Module(body=node.body, type_ignores=[])))
                if not exits:
                    add("unbounded_loop", "medium", node.lineno, "while True without break or return")
    risks.sort(key=lambda r: r["line"])
    return risks


def loop_depth(tree):
    """Deepest nesting of for/while loops: the baseline rule the benchmark compares with."""
    best = 0

    def visit(node, depth):
        nonlocal best
        for child in ast.iter_child_nodes(node):
            d = depth + 1 if isinstance(child, (ast.For, ast.While, ast.AsyncFor)) else depth
            best = max(best, d)
            visit(child, d)

    visit(tree, 0)
    return best


CONFIDENCE = {"constant": 0.75, "logn": 0.6, "linear": 0.75, "nlogn": 0.7, "quadratic": 0.7,
              "cubic": 0.65, "exponential": 0.6, "factorial": 0.5, "sqrt": 0.55, "polynomial": 0.5}


def analyze(source):
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        return {"ok": False, "error": "syntax error: %s" % (e.msg,), "line": e.lineno or 0}
    except (ValueError, RecursionError) as e:
        return {"ok": False, "error": "cannot parse: %s" % e, "line": 0}
    return analyze_tree(tree, source)


def analyze_tree(tree, source, risks=None, appends_in_place=True):
    """The analysis of a Python syntax tree: a parsed Python program, or another language's program
    model lowered by lowering.py (then its risky patterns come from the model, not from this tree).
    appends_in_place: whether `s = s + x` extends the string s where it stands (CPython, V8) or
    copies it (Java, C++)."""
    a = Analyzer(tree, source)
    a.appends_in_place = appends_in_place
    time_cost, space_cost, functions = a.run()
    tc = clamp(time_cost)
    sc = clamp(space_cost)
    conf = CONFIDENCE.get(klass(tc), 0.5)
    if a.uncertain:
        conf -= 0.15
    explanation = tc.why or ("no loop depends on the input size" if tc.is_const() else "")
    hot = sorted(a.hot_loops, key=lambda h: (h["_key"], -h["depth"]), reverse=True)
    seen = set()
    loops = []
    for h in hot:
        k = (h["start_line"], h["end_line"])
        if k in seen:
            continue
        seen.add(k)
        h = dict(h)
        del h["_key"]
        loops.append(h)
    loops.sort(key=lambda h: h["start_line"])
    return {
        "ok": True,
        "time": render(tc),
        "time_class": klass(tc),
        "space": render(sc),
        "space_class": klass(sc),
        "confidence": round(max(0.2, conf), 2),
        "explanation": explanation,
        "space_explanation": sc.why,
        "functions": functions,
        "hot_loops": loops[:50],
        "risks": scan_risks(tree) if risks is None else risks,
        "loop_depth": loop_depth(tree),
    }


def analyze_input(data):
    """A Python program, or the JSON program model a language's parser wrote: an object whose "t" is
    "program" (or the parser's error, "ok" false), which no Python program of interest is."""
    if data.lstrip().startswith("{"):
        try:
            model = json.loads(data)
        except ValueError:
            model = None
        if isinstance(model, dict) and (model.get("t") == "program" or model.get("ok") is False):
            try:
                import lowering
            except ImportError:
                # The bundled script is lowering.py and this file in one (the sandbox runs one file).
                lowering = sys.modules[__name__]
            return lowering.analyze_model(model, analyze_tree)
    return analyze(data)


def main():
    data = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    sys.setrecursionlimit(10000)
    try:
        result = analyze_input(data)
    except RecursionError:
        result = {"ok": False, "error": "program nested too deeply to analyze", "line": 0}
    sys.stdout.write(json.dumps(result))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
