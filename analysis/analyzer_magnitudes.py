"""Magnitudes of expressions for the Analyzer (static_analyzer.py): how large a number or a collection
an expression can get in terms of the input, and how many passes a loop over it makes.
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "clamped_window" not in globals():
    from rules_amortized import clamped_window, fixed_row_magnitude
    from rules_middle import bound_once_in_function, few_distinct_keys, input_lines
    from rules_templates import fixed_width_slice
    from rules_chars import is_text_of
    from rules_short_runs import capped_end
    from rules_containers import char_offset, char_range, item_of_text
    from analyzer_cost import Cost, ONE, cmax, exp_of, log_of, n_cost, sqrt_of
    from analyzer_syntax import base_name, call_name, is_constant_expr, short_slice
    from analyzer_loop_counts import harmonic_share, harmonic_stop


class Magnitudes:
    """The Analyzer's part for magnitudes of expressions: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
        if few_distinct_keys(node):
            return ONE  # {x % 10 for x in a}: at most ten keys (rules_middle.py)
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
            if item_of_text(self, node):
                return ONE  # s[i] of a text: one character, `key = key + w[k]` grows key by one (rules_chars.py)
            # An element of a collection: a value read from the input is itself an input size.
            m = self.magnitude(node.value)
            if b and self.kind.get(b) == "hash":
                return m if not m.is_const() else ONE
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
        if few_distinct_keys(node):
            return ONE  # set(x % 3 for x in a), Counter(x & 1 for x in a): a constant number of keys
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
                    isinstance(self.capped_end(args[1]), ast.Call) and call_name(self.capped_end(args[1])) == "min"
                    and any(self.differ_by_constant(args[0], b) for b in self.capped_end(args[1]).args))
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

    def capped_end(self, end):
        """A range's end as the cap it stands for: min(n, x + 200) + 1, or a name bound once to it."""
        return capped_end(end, self.tree, bound_once_in_function)  # rules_short_runs.py

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
        if m.is_const() or is_text_of(self, it):
            return ONE  # is_text_of: the characters of a text, also through list(s) (rules_chars.py)
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
        if input_lines(it):
            return n_cost()  # for line in sys.stdin: once per line read (rules_middle.py)
        return self.magnitude(it)
