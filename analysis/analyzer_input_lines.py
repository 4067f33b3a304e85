"""The lines of the input, for the Analyzer (static_analyzer.py): which names hold one line read per
pass of a loop over the input, whose parsing, slicing or searching adds up to reading the input once.
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "item_of_a_line_list" not in globals():
    from rules_chars import item_of_a_line_list, split_of_a_named_line
    from analyzer_syntax import call_name, target_names


class InputLines:
    """The Analyzer's part for lines of the input: static_analyzer.Analyzer joins the parts, which share its
    state and call one another through self."""

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
        return split_of_a_named_line(self, v)  # s = input(); s.split() (rules_chars.py)

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
                    item = in_items_loop and (self.is_line_expr(st.value) or item_of_a_line_list(self, st.value))
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
