"""While loops for the Analyzer (static_analyzer.py): how many passes a while loop makes, from its
condition and the updates of its counters (counting up or down, halving, doubling, binary searches,
walks along parent links, frontiers of a search, windows), and what its body costs over them.
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "chain_step_collections" not in globals():
    from rules_walks import (
        chain_step_collections, starts_on_another_table, through_temporaries, until_nothing_changes)
    from rules_tables import falls_back_along_stored_values
    from rules_closed_forms import steps_over_decimal_lengths
    from rules_logn import (
        capped_by_counter, euclid_loop, fraction_point, lowest_bit_through_name, midpoint_through_call,
        sum_recurrence)
    from rules_boxes import extends_from_a_box
    from rules_amortized import drains_a_count
    from rules_updates import branch_updates, divmod_updates, walked_down_by_set
    from rules_idioms import loop_ended_by_flag, names_only_bit_lengths
    from rules_middle import (
        reread_until_sentinel, resets_ahead_of_the_window, stepped_index_counters, through_stepped_temporary)
    from rules_shapes import (
        growing_names, halves_a_list, left_through_inner_flag, runs_one_pass, shrinking_names, shrinks_geometrically,
        window_from_its_start)
    from rules_templates import holder_key, parent_step, relinks_items, sets_lowest_zero_bit
    from rules_short_runs import scans_past_a_digit_sum
    from analyzer_cost import Cost, ONE, cmax, log_of, n_cost, render, sqrt_of
    from analyzer_syntax import assigned_pairs, base_name, call_name, is_constant_expr, names_in, target_names
    from analyzer_loop_counts import count_by_exit, harmonic_product, harmonic_while, scale_of


class WhileLoops:
    """The Analyzer's part for while loops: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
        if not amortize and not iters.is_const() and self.enclosing_loops and drains_a_count(self, st):
            amortize = True  # runs a Counter's entry down: the counts add up to n (rules_amortized.py)
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
                    for te, ve in assigned_pairs(t, sub.value):
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
        guarded = WhileLoops.guarded_raises(outer, names) | resets_ahead_of_the_window(outer, names)
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
        if reread_until_sentinel(st.test, st.body, self.mentions_input):
            return n_cost(), "reads the input until a sentinel"  # rules_middle.py
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
                if self.is_midpoint_expr(sub.value, cond_names) or fraction_point(sub.value, cond_names) \
                        or midpoint_through_call(sub.value, self.funcs, self.is_midpoint_expr, cond_names):
                    for t in sub.targets:
                        assigned_mid.update(target_names(t))
            elif isinstance(sub, ast.Call) and call_name(sub) in ("pop", "popleft", "heappop",
                                                                  "popitem", "remove"):
                pops = True
        updates = branch_updates(divmod_updates(updates, st.body))  # either branch; divmod (rules_updates.py)
        updates = through_temporaries(updates, cond_names, lambda v: self.is_midpoint_expr(v, cond_names)
                                      or fraction_point(v, cond_names))
        updates = through_stepped_temporary(updates, cond_names, scale_of)
        if euclid_loop(updates, cond_names):
            self.euclid_lines.add(st.lineno)
            return ONE, "Euclid's algorithm"  # counted constant work (rules_logn.py)
        if steps_over_decimal_lengths(updates, cond_names):
            return ONE, "one pass per decimal length"  # as the labels count it (rules_closed_forms.py)
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
            if bound.is_const() or capped_by_counter(test, updates):  # and cnt < 5 (rules_logn.py)
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
        scanned = scans_past_a_digit_sum(self.tree, st, updates, self.funcs, scale_of) if linear else None
        if scanned is not None:
            # i = s; while i - ds(i) < s: i += 1 -- stops within 9 digits per digit of s (rules_short_runs.py)
            return log_of(self.magnitude(scanned)), "scan past a digit sum"
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
