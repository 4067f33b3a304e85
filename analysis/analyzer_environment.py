"""The analyzer's environment (static_analyzer.py): the magnitude and kind of every name, computed
flow-insensitively and to a fixed point over the whole program (how large a number or a collection can
grow in terms of the input, and whether it is a sequence, a text, a hash or a number).
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "tests_a_divisor" not in globals():
    from rules_logn import tests_a_divisor
    from rules_amortized import (
        counted_extend, env_counted_range, groups_sized_by_counts, rebuilt_from_each_item, shifted_over_log_passes)
    from rules_capped_heaps import capped_heap
    from rules_idioms import constant_number_params, text_grown_in_loop
    from rules_middle import as_augmented_growth
    from rules_chars import char_loop_names, loop_target_sizes
    from rules_containers import walks_characters
    from analyzer_cost import Cost, ONE, cdiv, cmax, log_of, n_cost
    from analyzer_syntax import (
        HASH_CTORS, INPUT_ATTRS, INPUT_FUNCS, _ADDS_TO_FIRST_ARGUMENT, base_name, call_name, is_constant_expr,
        names_in, names_the_input_stream, on_standard_stream, reads_input, shown, target_names)
    from analyzer_loop_counts import logarithmic_while, setdefault_growth


class Environment:
    """The Analyzer's part for magnitudes and kinds of names: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
            if names_the_input_stream(sub):
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
                for name, size in loop_target_sizes(self, g.target, g.iter, elem):
                    self.bump(name, size)
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
            for name, size in loop_target_sizes(self, st.target, st.iter, elem):
                self.bump(name, size)
            self.char_names |= char_loop_names(self, st.target, st.iter)
            if isinstance(st.target, ast.Name) and walks_characters(self, st.iter):
                self.char_names.add(st.target.id)  # s.toCharArray(), a char[] (rules_containers.py)
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
                if not grow.is_const() and not (name == "append" and capped_heap(
                        self.tree, b, self.__dict__.setdefault("capped_heaps", {}))):
                    # a list appended to only below a written size, or cut back to it after each
                    # append, stays that small (rules_capped_heaps.py)
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
