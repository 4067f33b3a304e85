"""Test-case loops for the Analyzer (static_analyzer.py): `for _ in range(int(input()))` around a whole
solution does not multiply it, because the problem bounds the total size of its test cases. These
methods decide when a loop (or a while loop counting cases) is such a loop, and when its passes share
state and so do not qualify.
"""

import ast
import copy

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "items_written_and_read" not in globals():
    from rules_walks import items_written_and_read
    from rules_tables import scans_a_growing_dict
    from rules_middle import carries_a_running_value, searched_collection
    from analyzer_cost import ONE
    from analyzer_syntax import (
        MUTATING_METHODS, SORTED_HEAP_READS, SORTED_HEAP_WRITES, call_name, free_names, names_in, target_names)


class TestCases:
    """The Analyzer's part for test-case loops: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
