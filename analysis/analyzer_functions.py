"""Functions and recursion for the Analyzer (static_analyzer.py): the cost of a call of the program's own
function, the recursion it makes (how its arguments shrink: by one, halving, on parts), memoization,
and the master theorem for divide and conquer.
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "euclid_recursion" not in globals():
    from rules_logn import euclid_recursion, one_level_on_parity, quotient_states
    from rules_idioms import after_first_self_call
    from rules_middle import bound_once_in_function, filled_from_one_side, slice_bound_once
    from rules_templates import holder_key, searches_buckets
    from rules_short_runs import reflects_back
    from analyzer_cost import Cost, ONE, cmax, log_of, n_cost, render
    from analyzer_syntax import base_name, call_name, is_constant_expr, target_names
    from analyzer_loop_counts import partitions_parameter, scale_of


class Functions:
    """The Analyzer's part for functions and recursion: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
        if euclid_recursion(f, [call for call, _ in sites]):
            self.euclid_lines.add(line)
            self.recursion_depth[f.name] = ONE  # f(b, a % b): Euclid's algorithm, counted constant (rules_logn.py)
            return body.with_why("%s runs Euclid's algorithm (line %d)" % (f.name, line))
        if one_level_on_parity(f):
            self.recursion_depth[f.name] = ONE  # odd x calls f(x - 1) only, which stops (rules_logn.py)
            return body.with_why("%s calls itself once at most: on an even value, which stops (line %d)" % (f.name, line))
        chase = self.recursive_parent_chase(f, sites)
        if chase is not None:
            self.recursion_depth[f.name] = chase
            return (chase * body).with_why(
                "%s walks up a union-find forest with path compression (line %d)" % (f.name, line))
        if reflects_back(f, [a.arg for a in f.args.args][1 if id(f) in self.method_ids else 0:],
                         [call for call, _ in sites]):
            # tri(a, b, a + b - 1 - t): a second level would repeat the first call (rules_short_runs.py)
            self.recursion_depth[f.name] = ONE
            return body.with_why("%s reflects an argument when it calls itself: one level (line %d)" % (f.name, line))
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
