"""Costs of expressions for the Analyzer (static_analyzer.py): what evaluating an expression costs,
library calls with known costs (sorting, membership, heaps, bisect, gcd...) and calls of the program's
own functions.
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "fixed_table" not in globals():
    from rules_tables import fixed_table
    from rules_closed_forms import quadratic_root
    from rules_amortized import (
        bound_once_in_loop, clamped_window, counted_piece, counted_repeat, of_a_line, select_k_cost,
        slice_of_a_window, sorted_line_cost, telescoping_count, token_item)
    from rules_boxes import merges_into_larger
    from rules_capped_heaps import capped_heap
    from rules_memo_shared import shares_memo_table
    from rules_idioms import item_of_short_texts
    from rules_middle import in_given_order, joined_group, reduces_a_line, through_map
    from rules_templates import fixed_width_slice
    from rules_containers import item_of_text, pops_inside
    from analyzer_cost import ONE, cmax, log_of, n_cost
    from analyzer_syntax import (
        LOG_FUNCS, MUTATING_METHODS, base_name, bisects, call_name, on_standard_stream, short_slice, target_names)
    from analyzer_loop_counts import most_common_cost


class ExpressionCosts:
    """The Analyzer's part for costs of expressions: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
                total = cmax(total, log_of(self.magnitude(node.right)).with_why(
                    "power at line %d: log n multiplications by repeated squaring" % node.lineno))
            root = quadratic_root(node, self.tree)  # the labels' price of a closed form (rules_closed_forms.py)
            if root is not None and not self.magnitude(root).is_const() and not self.enclosing_loops \
                    and not self.memo_in_comprehension:
                total = cmax(total, log_of(self.magnitude(root)).with_why(
                    "the quadratic formula at line %d solves for a count that a search would find in log n "
                    "steps: counted as log n, as CodeComplex's labels count it" % node.lineno))
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
            it = in_given_order(self, loop.iter)  # for k, v in sorted(d.items()) too (rules_middle.py)
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
        # ' '.join(map(str, g[k])), sum(map(int, g[k])): the group fed through (rules_middle.py)
        group = through_map(group) if group is not None else joined_group(node)
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
                if (self.is_input_call(args[0]) or (isinstance(args[0], ast.Call) and call_name(
                        args[0]) == "map" and self.mentions_input(args[0])) or self.parses_line_item(args[0])) \
                        and not reduces_a_line(name):
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
        if name == "pow" and len(args) == 2:
            # pow(x, k) without a modulus is x ** k (call_magnitude says so): it costs what the
            # operator costs, log k for x read and O(1) for a constant base (2 ** n).
            return self.expr_cost(ast.copy_location(ast.BinOp(left=args[0], op=ast.Pow(), right=args[1]), node))
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
        """gcd and lcm run Euclid's algorithm, which the labels count as constant work, on any pair
        of numbers (rules_logn.py says why; it replaces the log of the smaller argument, and with it
        the running gcd and the gcd along a table that made that log O(1) amortized)."""
        self.euclid_lines.add(line)
        return ONE

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
