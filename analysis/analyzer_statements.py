"""Costs of statements for the Analyzer (static_analyzer.py): blocks take the maximum of their
statements, branches the larger side, `for` loops multiply their passes by their body; the exceptions
that keep a loop from multiplying (fixed tables, collections emptied once, walks from unmarked items).
Test-case loops are in analyzer_test_cases.py, while loops in analyzer_while_loops.py.
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "chain_marked_tables" not in globals():
    from rules_walks import chain_marked_tables
    from rules_logn import tests_a_divisor
    from rules_amortized import covers_past_a_high_mark, iterates_a_group
    from rules_boxes import copies_into_another_group, merges_into_larger, merges_smaller_into_larger
    from rules_idioms import always_exits, breaks_past_its_start, larger_and_smaller
    from rules_middle import copied_by_concatenation, grown_in_place, walks_a_copied_group
    from rules_shapes import runs_one_pass
    from rules_short_runs import left_by_exit_test
    from rules_containers import walked_then_emptied, walks_a_word_of_the_line
    from analyzer_cost import ONE, cmax, klass, log_of, render
    from analyzer_syntax import (
        MUTATING_METHODS, base_name, call_name, end_line, is_constant_expr, names_in, range_step, target_names)


class StatementCosts:
    """The Analyzer's part for costs of statements: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
        if not iters.is_const():
            iters = left_by_exit_test(self, st, iters, always_exits)  # if 2 ** i > n: break (rules_short_runs.py)
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
                or walks_a_copied_group(self, st.iter) or covers_past_a_high_mark(self, st)
                or walked_then_emptied(self, st) or walks_a_word_of_the_line(self, st)) \
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
        return tested & StatementCosts.walk_marks(f.body)

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

    def describe_loop(self, st, iters, inner):
        what = "loop at line %d runs %s times" % (st.lineno, render(iters)[2:-1])
        if not inner.is_const() and inner.why:
            return what + " around " + inner.why
        return what
