"""C++ library names of the lowering (see lowering.py): the free functions of <algorithm>, <cmath>,
<cstring> and <cstdio> as the Python call of the same cost, and `m[k]` on an ordered map and
`s.insert(x)` on an ordered set (a tree walk, O(log n), that stores what it is given). A mixin of lowering.Lowering, used only for programs whose model says "lang": "cpp"
(analysis/parsers/cpp_tree_dump.py writes them); the containers' member calls are the shared tables'."""
import ast

try:
    from lowering_model import LIST, SORTED, STRING, C, N, call, family, input_call, meth, store, walk
except ImportError:
    pass  # the bundled script: lowering_model.py is earlier in the same file

# Whole-range algorithms: one pass over the range (their first argument, `a.begin()` or `a + 1`).
CPP_LINEAR = {"reverse", "fill", "fill_n", "iota", "count", "count_if", "find", "find_if", "find_if_not",
              "unique", "copy", "copy_n", "for_each", "transform", "replace", "remove", "remove_if", "rotate",
              "partial_sum", "adjacent_difference", "all_of", "any_of", "none_of", "partition", "merge",
              "inplace_merge", "is_sorted", "set_union", "set_intersection", "set_difference",
              "next_permutation", "prev_permutation", "shuffle", "random_shuffle", "nth_element", "equal"}
PERMUTATIONS = {"next_permutation", "prev_permutation"}
# Algorithms that call their last argument once per item of the range.
CPP_CALLBACKS = {"for_each", "transform", "count_if", "find_if", "find_if_not", "all_of", "any_of", "none_of",
                 "remove_if", "partition", "generate"}
CPP_SORTS = {"sort", "stable_sort", "partial_sort"}
CPP_SEARCHES = {"lower_bound", "upper_bound", "binary_search", "equal_range"}
CPP_PRINTS = {"printf", "puts", "putchar", "fprintf", "fputs", "sprintf", "snprintf"}
CPP_READS = {"getchar", "getchar_unlocked", "cin_next"}
CPP_MATH = {"sqrt": "sqrt", "cbrt": "sqrt", "log": "log", "log2": "log", "log10": "log10", "__gcd": "gcd",
            "gcd": "gcd", "lcm": "lcm", "__lg": "log"}
CPP_INTS = {"stoi", "stol", "stoll", "stoul", "stoull", "atoi", "atol", "atoll", "stod", "stof", "atof",
            "floor", "ceil", "round", "trunc", "toupper", "tolower", "__builtin_popcount",
            "__builtin_popcountll", "__builtin_clz", "__builtin_clzll", "__builtin_ctz", "__builtin_ctzll"}
CPP_CONSTANT = {"swap", "memset", "memcpy", "memmove", "srand", "rand", "time", "clock", "assert",
                "isdigit", "isalpha", "isalnum", "isupper", "islower", "isspace", "make_tuple", "tie",
                "freopen", "fflush", "sync_with_stdio", "distance", "advance", "next", "prev", "begin", "end",
                "free", "malloc", "calloc"}


def _range_of(node):
    """The container a range argument names: `a` for a.begin() (already lowered to `a`), a + 1, a + n."""
    while isinstance(node, ast.BinOp):
        node = node.left
    return node


class CppCalls:
    def cpp_globals(self):
        """A C++ program's global variables are its state, as a Java class's fields are: known (with
        their types) inside every function, and globals of the lowered module where assigned."""
        for d in self.program.get("body", []):
            if d.get("t") == "decl":
                self.fields.setdefault(d["name"], self.decl_type(d))

    def cpp_member(self, obj, name, args):
        """std::string's own names for what the shared tables know by Java's: size, substr, find (and
        the parser's subList for a range of it); vector's assign and resize."""
        fam = family(self.type_of(obj))
        if fam in SORTED and name in ("insert", "emplace") and len(args) == 1:
            # s.insert(x): a tree walk, O(log n), that stores x: the container grows by what is inserted
            # (the same form as m[k] = v, cpp_index).
            target = self.expr(obj)
            walk_to = meth(ast.Name(id="bisect", ctx=ast.Load()), "insort", self.expr(obj), self.expr(args[0]))
            return ast.Assign(targets=[ast.Subscript(value=target, slice=walk_to, ctx=ast.Store())], value=C(1),
                              lineno=0)
        if fam in LIST and name in ("assign", "resize") and args:
            # v.assign(n, x) / v.resize(n): v holds n items now, as `new int[n]` does in Java.
            a = [self.expr(x) for x in args]
            fill = ast.List(elts=[a[1] if len(a) > 1 else C(0)], ctx=ast.Load())
            return ast.Assign(targets=[store(self.expr(obj))], value=ast.BinOp(left=fill, op=ast.Mult(), right=a[0]),
                              lineno=0)
        if fam not in STRING:
            return None
        target = self.expr(obj)
        a = [self.expr(x) for x in args]
        if name in ("size", "length"):
            return call("len", target)
        if name == "substr" and a:
            upper = ast.BinOp(left=a[0], op=ast.Add(), right=a[1]) if len(a) > 1 else None
            return ast.Subscript(value=target, slice=ast.Slice(lower=a[0], upper=upper), ctx=ast.Load())
        if name == "subList" and a:
            # A range of the string (vector<char> v(s.begin(), s.end()); see cpp_expressions.range_slice).
            return ast.Subscript(value=target, slice=ast.Slice(lower=a[0], upper=a[1] if len(a) > 1 else None),
                                 ctx=ast.Load())
        if name in ("find", "rfind") and a:
            return meth(target, "find", a[0])
        if name in ("back", "front"):
            return ast.Subscript(value=target, slice=C(-1 if name == "back" else 0), ctx=ast.Load())
        if name in ("push_back", "append") and a:
            return ast.AugAssign(target=store(target), op=ast.Add(), value=a[0])
        return None

    def cpp_call(self, name, args):
        """The Python call of the same cost as the C++ free function `name`, or None if it is not one
        of the library's."""
        if name in self.user_funcs:
            return None
        if name in CPP_READS:
            return input_call(name)
        a = [self.expr(x) for x in args]
        if name in CPP_SORTS and a:
            return meth(_range_of(a[0]), "sort")
        if name in CPP_SEARCHES and a:
            return meth(ast.Name(id="bisect", ctx=ast.Load()), "bisect_left", _range_of(a[0]), a[-1])
        if name in CPP_CALLBACKS and len(a) >= 3 and isinstance(a[-1], ast.Name) and (
                a[-1].id.startswith("_lambda") or a[-1].id in self.user_funcs):
            # for_each(first, last, f) with f a function of statements: one call of f per item.
            item = ast.Name(id="_item", ctx=ast.Store())
            return ast.ListComp(elt=call(a[-1], N("_item")), generators=[ast.comprehension(
                target=item, iter=_range_of(a[0]), ifs=[], is_async=0)])
        if name in CPP_LINEAR and a:
            return call("list", _range_of(a[0]))
        if name in ("accumulate", "max_element", "min_element") and a:
            return call({"accumulate": "sum", "max_element": "max", "min_element": "min"}[name], _range_of(a[0]))
        if name in ("max", "min"):
            return call(name, *a) if len(a) > 1 else call(name, a[0]) if a else C(0)
        if name in CPP_PRINTS:
            return call("print", *[x for x in a if not isinstance(x, ast.Constant)])
        if name in ("abs", "fabs", "llabs", "labs"):
            return call("abs", *a[:1])
        if name == "pow" and len(a) == 2:
            return ast.BinOp(left=a[0], op=ast.Pow(), right=a[1])
        if name in CPP_MATH:
            return meth(ast.Name(id="math", ctx=ast.Load()), CPP_MATH[name], *a)
        if name in CPP_INTS:
            return call("int", *a[:1])
        if name == "strlen" and a:
            return call("len", a[0])
        if name == "to_string":
            return call("str", *a[:1])
        if name in ("strcmp", "strncmp") and len(a) >= 2:
            return ast.Compare(left=a[0], ops=[ast.Eq()], comparators=[a[1]])
        if name == "make_pair":
            return ast.Tuple(elts=a, ctx=ast.Load())
        if name in ("exit", "abort", "quick_exit"):
            return call("exit")
        if name in CPP_CONSTANT:
            return C(0)
        return None

    def cpp_permutation_loop(self, s):
        """`do { ... } while (next_permutation(a.begin(), a.end()))` visits every ordering of the range:
        n! passes, permutations(a); over a selection mask (a range of bools) the orderings are the
        subsets of one size, up to C(n, n/2) ~ 2^n passes, combinations(a, len(a) // 2)."""
        c = s.get("c") or {}
        callee = c.get("callee") or {}
        if c.get("t") != "call" or callee.get("t") != "name" or callee["id"] not in PERMUTATIONS \
                or callee["id"] in self.user_funcs or not c.get("args"):
            return None
        first = c["args"][0]
        names = [n for n in walk(first) if n.get("t") == "name"]
        kind = self.type_of(names[-1]) if names else None
        target = _range_of(self.expr(first))
        if kind and "bool" in kind:
            half = ast.BinOp(left=call("len", target), op=ast.FloorDiv(), right=C(2))
            orderings = call("combinations", target, half)
        else:
            orderings = call("permutations", target)
        loop = ast.For(target=ast.Name(id="_ordering", ctx=ast.Store()), iter=orderings,
                       body=self.body(s["body"]), orelse=[])
        return [self.at(loop, s)]

    def cpp_index(self, e):
        """m[k] on a std::map or std::set walks the tree, O(log n), and inserts k when it is missing (read
        or written): the item at an insertion, so a statement that updates m[k] keeps its own form."""
        if family(self.type_of(e["obj"])) not in SORTED:
            return None
        insert = meth(ast.Name(id="bisect", ctx=ast.Load()), "insort", self.expr(e["obj"]), self.expr(e["idx"]))
        return ast.Subscript(value=self.expr(e["obj"]), slice=insert, ctx=ast.Load())
