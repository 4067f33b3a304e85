"""Lowers the language-neutral program model written by the per-language parsers into the syntax tree
the static analyzer reasons about.

The parsers (analysis/parsers/: the JDK's compiler tree API for Java, clang's AST for C++, acorn for
JavaScript) each emit the same JSON model: classes, functions, statements (decl, expr, if, while, do,
for, foreach, switch, try, return, break, continue, throw, block) and expressions (name, num, str,
bool, null, bin, un, assign, call, member, index, new, newarray, cond, lambda), every statement with
its first and last line. This module turns that model into a Python `ast.Module` whose loops, bounds,
recursion and library calls have the same costs, so every rule of the analyzer (halving loops,
two-pointer scans, the master theorem, memoization, amortized stacks...) serves every language:

- a counted loop (`for (i = a; i < b; i += k)` whose body leaves `i` alone) becomes `range`; any other
  `for` becomes its init plus a `while` whose update also runs before each `continue`;
- library calls become the Python call of the same cost: sorting (`Arrays.sort`, `Collections.sort`,
  `std::sort`, `Array.prototype.sort`) is `list.sort`; ordered maps and sets (`TreeMap`, `std::map`,
  `std::set`) are `bisect` calls (O(log n)); heaps (`PriorityQueue`, `std::priority_queue`) are
  `heapq`; hash maps and sets (`HashMap`, `std::unordered_map`, `Map`, `Set`) are dicts and sets;
  deques, string builders, array lengths, `Math.*` map to their Python counterparts;
- reading the input (`Scanner.nextInt`, `cin >>`, `readline`) is `input()`, and a user-written token
  reader (a parameterless `next*`/`read*` method, as competitive programs define) is not analyzed:
  it costs O(1) per token like `input()`.

Language-specific names live in the tables below; the reasoning stays in static_analyzer.py.
"""
import ast
import builtins
import copy
import keyword

SORTED = {"TreeMap", "TreeSet", "SortedMap", "SortedSet", "NavigableMap", "NavigableSet",
          "map", "set", "multiset", "multimap"}
HEAP = {"PriorityQueue", "priority_queue"}
HASH = {"HashMap", "HashSet", "Map", "Set", "LinkedHashMap", "LinkedHashSet", "Hashtable",
        "unordered_map", "unordered_set", "unordered_multiset", "unordered_multimap", "WeakMap", "WeakSet"}
DEQUE = {"ArrayDeque", "Deque", "Queue", "LinkedList", "deque", "queue", "stack", "Stack", "list"}
LIST = {"ArrayList", "List", "Vector", "vector", "Array", "Collection", "array"}
BUILDER = {"StringBuilder", "StringBuffer"}
STRING = {"String", "string"}
READ_SOURCES = {"nextInt", "nextLong", "nextDouble", "next", "nextLine", "readLine", "nextToken",
                "read", "readInt", "readLong", "nextFloat", "nextBoolean", "nextByte", "nextShort",
                "nextBigInteger", "hasNext", "hasNextInt", "hasNextLine", "hasMoreTokens"}
MATH = {"max": "max", "min": "min", "abs": "abs", "sqrt": "sqrt", "cbrt": "sqrt", "floor": "int",
        "ceil": "int", "round": "int", "log": "log", "log10": "log10", "exp": "float", "hypot": "float",
        "sin": "float", "cos": "float", "atan2": "float", "atan": "float", "signum": "float",
        "floorMod": "int", "floorDiv": "int", "toIntExact": "int", "random": "float"}
PARSE = {"parseInt", "parseLong", "valueOf", "parseDouble", "toString", "toBinaryString",
         "bitCount", "highestOneBit", "lowestOneBit", "numberOfTrailingZeros",
         "numberOfLeadingZeros", "compare", "isDigit", "isLetter", "isUpperCase", "isLowerCase",
         "toUpperCase", "toLowerCase", "getNumericValue", "signum", "reverse", "abs", "max", "min",
         "sum", "isLetterOrDigit", "isWhitespace", "isAlphabetic"}
OPS = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.FloorDiv, "%": ast.Mod, "<<": ast.LShift,
       ">>": ast.RShift, ">>>": ast.RShift, "&": ast.BitAnd, "|": ast.BitOr, "^": ast.BitXor}
CMP = {"==": ast.Eq, "!=": ast.NotEq, "<": ast.Lt, "<=": ast.LtE, ">": ast.Gt, ">=": ast.GtE,
       "===": ast.Eq, "!==": ast.NotEq}


def family(type_name):
    """TreeMap<Integer, List<Integer>> -> TreeMap; std::vector<int> -> vector; int[] -> None."""
    if not type_name:
        return None
    t = type_name.strip()
    if t.endswith("]"):
        return None
    t = t.split("<", 1)[0].strip().split("::")[-1].split(".")[-1]
    return t


def element_type(type_name):
    """int[][] -> int[]; List<Integer>[] -> List<Integer>; vector<vector<int>> -> vector<int>."""
    if not type_name:
        return None
    t = type_name.strip()
    if t.endswith("[]"):
        return t[:-2]
    if "<" in t and family(t) in LIST | {"vector", "deque"}:
        inner = t[t.index("<") + 1:t.rindex(">")] if ">" in t else ""
        return inner.strip()
    return None


RESERVED = set(dir(builtins)) | {"math", "bisect", "heapq", "sys", "deque", "self"}


def ident(name):
    """A name of the program that is a Python keyword (`in`, `from`) or a builtin the lowering calls
    (`print`, `set`, `max`) gets a suffix, so `set = ...` in Java does not hide Python's `set()`."""
    return name + "_" if keyword.iskeyword(name) or name in RESERVED else name


def N(id_):
    return ast.Name(id=ident(id_), ctx=ast.Load())


def C(v):
    return ast.Constant(value=v)


def call(func, *args):
    """A call of a Python builtin (func a str) or of a lowered expression (func a node)."""
    f = ast.Name(id=func, ctx=ast.Load()) if isinstance(func, str) else func
    return ast.Call(func=f, args=list(args), keywords=[])


def meth(obj, name, *args):
    return ast.Call(func=ast.Attribute(value=obj, attr=ident(name), ctx=ast.Load()), args=list(args), keywords=[])


def store(node):
    """The same target in store context."""
    node = _copy(node)
    if isinstance(node, (ast.Name, ast.Subscript, ast.Attribute)):
        node.ctx = ast.Store()
        return node
    return ast.Name(id="_", ctx=ast.Store())


def _copy(node):
    return copy.deepcopy(node)


# Methods of a JavaScript value without a declared type that are the array's own (push, sort...).
JS_ARRAY = {"push", "pop", "shift", "unshift", "sort", "reverse", "includes", "indexOf", "slice", "splice",
            "join", "concat", "fill"}
NUMBER_READS = ("nextInt", "nextLong", "nextDouble", "readInt", "readLong", "nextFloat", "nextShort",
                "nextByte", "ni", "nl", "nd", "nextBigInteger")


def input_call(name=""):
    """One token or line of the input: a number for nextInt() and friends, else a string."""
    if name in NUMBER_READS or name.startswith("nextInt") or name.startswith("readInt"):
        return call("int", call("input"))
    return call("input")


class Lowering:
    def __init__(self, program):
        self.program = program
        self.lang = program.get("lang", "")
        self.user_funcs = {}
        self.user_classes = set()
        self.fields = {}
        self.types = {}
        self.pending_after = []
        self.pending_before = []
        self.classes = []
        for c in program.get("classes", []):
            self.collect(c)
        self.readers = {name for name, f in self.user_funcs.items() if self.is_reader(f)}

    # ---- what the program declares -----------------------------------------------------------

    def collect(self, c):
        self.classes.append(c)
        self.user_classes.add(c.get("name", ""))
        for m in c.get("members", []):
            if m.get("t") == "func":
                if m["name"] == "__init__":
                    m["name"] = c.get("name", "")
                self.user_funcs.setdefault(m["name"], m)
            elif m.get("t") == "class":
                self.collect(m)
            elif m.get("t") == "decl":
                self.fields[m["name"]] = self.decl_type(m)
        for f in c.get("functions", []):
            self.user_funcs.setdefault(f["name"], f)

    def is_reader(self, f):
        """A parameterless next*/read* method: a token reader written by the user."""
        name = f["name"]
        returns = any(n.get("t") == "return" and n.get("e") is not None for n in walk(f.get("body")))
        return returns and not f.get("params") and (
            name.startswith("next") or name.startswith("read") or name in ("ni", "nl", "nd", "ns", "nc"))

    def decl_type(self, d):
        init = d.get("init")
        if init and init.get("t") == "new" and family(init.get("type")):
            return init["type"]
        return d.get("type")

    def type_of(self, e):
        if e is None:
            return None
        t = e.get("t")
        if t == "name":
            return self.types.get(e["id"]) or self.fields.get(e["id"])
        if t == "index":
            return element_type(self.type_of(e["obj"]))
        if t == "member" and e["obj"].get("t") == "name" and e["obj"]["id"] == "this":
            return self.fields.get(e["name"])
        if t == "new":
            return e.get("type")
        if t == "str":
            return "String"
        return None

    # ---- module -------------------------------------------------------------------------------

    def module(self):
        body = [ast.Import(names=[ast.alias(name=m) for m in ("math", "bisect", "heapq", "sys")]),
                ast.ImportFrom(module="collections", names=[ast.alias(name="deque")], level=0)]
        main = []
        for c in self.classes:
            for m in c.get("members", []):
                if m.get("t") == "decl":
                    body += self.stmt(m)
            for m in c.get("members", []):
                if m.get("t") == "func":
                    if m["name"] in self.readers:
                        continue
                    if m["name"] == "main" and not main:
                        self.types = {}
                        main = self.block(m["body"])
                    else:
                        body.append(self.func(m))
        for f in self.program.get("functions", []):
            if f["name"] == "main" and not main and self.lang == "cpp":
                self.types = {}
                main = self.block(f["body"])
            elif f["name"] not in self.readers:
                body.append(self.func(f))
        self.types = {}
        body += self.block(self.program.get("body", []))
        # A program that hands its work to a thread (new Thread(null, new Main(), "", 1 << 26).start())
        # runs run(): Java calls it, so the lowered program does too.
        if "run" in self.user_funcs and not any(
                n.get("t") == "call" and ((n["callee"].get("t") == "name" and n["callee"]["id"] == "run") or
                                          (n["callee"].get("t") == "member" and n["callee"]["name"] == "run"))
                for n in walk(self.program)):
            main.append(ast.Expr(value=call(N("run"))))
        body += main
        mod = ast.Module(body=body, type_ignores=[])
        ast.fix_missing_locations(mod)
        return mod

    def func(self, f):
        saved = self.types
        self.types = {p["name"]: p.get("type") for p in f.get("params", [])}
        params = [ast.arg(arg=ident(p["name"])) for p in f.get("params", []) if p["name"] != "this"]
        body = self.block(f["body"]) or [ast.Pass()]
        # Fields a method assigns are the program's state: globals of the lowered module.
        local = set(self.types) - set(self.fields) | {p.arg for p in params}
        assigned = sorted({ident(n["target"]["id"]) for n in walk(f["body"]) if n.get("t") == "assign"
                           and n["target"].get("t") == "name" and n["target"]["id"] in self.fields
                           and n["target"]["id"] not in local})
        if assigned:
            body.insert(0, ast.Global(names=assigned))
        self.types = saved
        node = ast.FunctionDef(name=ident(f["name"]), args=ast.arguments(
            posonlyargs=[], args=params, vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
            defaults=[]), body=body, decorator_list=[], returns=None, type_comment=None)
        return self.at(node, f)

    @staticmethod
    def at(node, src):
        line = src.get("line") or 1
        node.lineno = line
        node.end_lineno = max(line, src.get("end") or line)
        node.col_offset = 0
        node.end_col_offset = 0
        return node

    # ---- statements -------------------------------------------------------------------------

    def block(self, stmts):
        out = []
        for s in stmts or []:
            if s is None:
                continue
            out += self.stmt(s)
        return out

    def body(self, stmts):
        return self.block(stmts) or [ast.Pass()]

    def with_effects(self, src, make):
        """Lowers one statement whose expressions may have side effects (i++, x = y inside them)."""
        saved = self.pending_before, self.pending_after
        self.pending_before, self.pending_after = [], []
        main = make()
        before, after = self.pending_before, self.pending_after
        self.pending_before, self.pending_after = saved
        out = [self.at(n, src) for n in before + main + after]
        return out

    def stmt(self, s):
        t = s.get("t")
        handler = getattr(self, "s_" + t, None)
        if handler is None:
            return []
        return handler(s)

    def s_block(self, s):
        return self.block(s["body"])

    def s_class(self, s):
        return []

    def s_func(self, s):
        return [self.func(s)]

    def s_empty(self, s):
        return []

    def s_decl(self, s):
        self.types[s["name"]] = self.decl_type(s)
        init = s.get("init")

        def make():
            value = self.expr(init) if init is not None else self.default_value(s.get("type"))
            return [ast.Assign(targets=[ast.Name(id=ident(s["name"]), ctx=ast.Store())], value=value, lineno=0)]
        return self.with_effects(s, make)

    def default_value(self, type_name):
        fam = family(type_name)
        if fam in HASH:
            return call("dict")
        if fam in SORTED | HEAP | LIST | DEQUE | BUILDER:
            return ast.List(elts=[], ctx=ast.Load())
        return C(0)

    def s_expr(self, s):
        e = s["e"]
        if e is None:
            return []
        t = e.get("t")
        if t == "un" and e["op"] in ("post++", "post--", "++pre", "--pre"):
            return [self.at(self.incr(e), s)]
        if t == "assign":
            return self.with_effects(s, lambda: [self.assign(e)])
        return self.with_effects(s, lambda: self.call_stmt(e))

    def call_stmt(self, e):
        value = self.expr(e)
        if isinstance(value, ast.stmt):
            return [value]
        if isinstance(value, list):
            return value
        return [ast.Expr(value=value)]

    def incr(self, e):
        op = ast.Add() if "++" in e["op"] else ast.Sub()
        return ast.AugAssign(target=store(self.expr(e["e"])), op=op, value=C(1))

    def assign(self, e):
        target = store(self.expr(e["target"]))
        value = self.expr(e["value"])
        if e["op"] == "=":
            return ast.Assign(targets=[target], value=value, lineno=0)
        op = OPS.get(e["op"][:-1], ast.Add)
        return ast.AugAssign(target=target, op=op(), value=value)

    def s_return(self, s):
        return self.with_effects(s, lambda: [ast.Return(value=self.expr(s["e"]) if s.get("e") else None)])

    def s_throw(self, s):
        return [self.at(ast.Raise(exc=call("Exception"), cause=None), s)]

    def s_break(self, s):
        return [self.at(ast.Break(), s)]

    def s_continue(self, s):
        return [self.at(ast.Continue(), s)]

    def s_if(self, s):
        return self.with_effects(s, lambda: [ast.If(test=self.expr(s["c"]), body=self.body(s["then"]),
                                                    orelse=self.block(s.get("else")))])

    def s_switch(self, s):
        subject = s.get("e")
        chain = []
        for case in s.get("cases", []):
            labels = case.get("labels") or []
            body = self.block(self.drop_breaks(case.get("body") or []))
            if labels and subject is not None:
                test = ast.BoolOp(op=ast.Or(), values=[
                    ast.Compare(left=self.expr(subject), ops=[ast.Eq()], comparators=[self.expr(l)])
                    for l in labels]) if len(labels) > 1 else ast.Compare(
                    left=self.expr(subject), ops=[ast.Eq()], comparators=[self.expr(labels[0])])
            else:
                test = C(True)
            chain.append((test, body or [ast.Pass()]))
        out = []
        for test, body in reversed(chain):
            out = [ast.If(test=test, body=body, orelse=out)]
        return [self.at(n, s) for n in out]

    def drop_breaks(self, stmts):
        """A `break` that ends a switch case must not end the loop around the switch."""
        out = []
        for st in stmts:
            if st.get("t") == "break":
                continue
            if st.get("t") == "block":
                st = dict(st, body=self.drop_breaks(st["body"]))
            elif st.get("t") == "if":
                st = dict(st, then=self.drop_breaks(st.get("then") or []),
                          **{"else": self.drop_breaks(st.get("else") or [])})
            out.append(st)
        return out

    def s_try(self, s):
        body = self.block(s.get("resources")) + self.body(s["body"])
        handlers = [ast.ExceptHandler(type=N("Exception"), name=None, body=self.body(h))
                    for h in s.get("handlers", [])]
        final = self.block(s.get("finally"))
        if not handlers and not final:
            return body
        return [self.at(ast.Try(body=body, handlers=handlers, orelse=[], finalbody=final), s)]

    def s_while(self, s):
        return self.loop_while(s, s["c"], s["body"], [])

    def s_do(self, s):
        return self.loop_while(s, s["c"], s["body"], [])

    def loop_while(self, s, cond, body_src, updates):
        saved = self.pending_before, self.pending_after
        self.pending_before, self.pending_after = [], []
        test = self.expr(cond) if cond is not None else C(True)
        effects = self.pending_before + self.pending_after
        self.pending_before, self.pending_after = saved
        update_stmts = []
        for u in updates:
            update_stmts += self.s_expr({"t": "expr", "e": u, "line": s.get("line"), "end": s.get("line")})
        body = effects + self.block(body_src)
        if update_stmts:
            body = self.before_continue(body, update_stmts) + update_stmts
        return [self.at(ast.While(test=test, body=body or [ast.Pass()], orelse=[]), s)]

    def before_continue(self, stmts, updates):
        """A for loop's update also runs when its body continues."""
        out = []
        for st in stmts:
            if isinstance(st, ast.Continue):
                out += [_clone(u) for u in updates] + [st]
                continue
            for field in ("body", "orelse", "finalbody"):
                if not isinstance(st, (ast.While, ast.For)) or field != "body":
                    sub = getattr(st, field, None)
                    if isinstance(sub, list) and sub and isinstance(sub[0], ast.stmt):
                        setattr(st, field, self.before_continue(sub, updates))
            if isinstance(st, ast.Try):
                for h in st.handlers:
                    h.body = self.before_continue(h.body, updates)
            out.append(st)
        return out

    def s_foreach(self, s):
        self.types[s["var"]] = s.get("type")
        iterable = s["iter"]
        it = self.expr(iterable)
        fam = family(self.type_of(iterable))
        if fam in STRING:
            it = call("list", it)
        target = ast.Name(id=ident(s["var"]), ctx=ast.Store())
        return [self.at(ast.For(target=target, iter=it, body=self.body(s["body"]), orelse=[]), s)]

    def s_for(self, s):
        counted = self.counted(s)
        if counted is not None:
            var, start, stop, step = counted
            self.types.setdefault(var, "int")
            args = [start, stop] if step == 1 else [start, stop, step if isinstance(step, ast.AST) else C(step)]
            rng = call("range", *args)
            return [self.at(ast.For(target=ast.Name(id=ident(var), ctx=ast.Store()), iter=rng,
                                    body=self.body(s["body"]), orelse=[]), s)]
        init = self.block(s.get("init"))
        return init + self.loop_while(s, s.get("c"), s["body"], s.get("update") or [])

    def counted(self, s):
        """for (i = a; i < b; i += k) whose body does not assign i or the bound: range(a, b, k)."""
        init, cond, update = s.get("init") or [], s.get("c"), s.get("update") or []
        if len(init) != 1 or len(update) != 1 or cond is None or cond.get("t") != "bin":
            return None
        d = init[0]
        if d.get("t") == "decl" and d.get("init") is not None:
            var, start = d["name"], d["init"]
        elif d.get("t") == "expr" and (d.get("e") or {}).get("t") == "assign" and d["e"]["op"] == "=" \
                and d["e"]["target"].get("t") == "name":
            var, start = d["e"]["target"]["id"], d["e"]["value"]
        else:
            return None
        if cond["l"].get("t") != "name" or cond["l"]["id"] != var or cond["op"] not in ("<", "<=", ">", ">=", "!="):
            return None
        u = update[0]
        if u.get("t") == "un" and u["e"].get("t") == "name" and u["e"]["id"] == var:
            step = 1 if "++" in u["op"] else -1
        elif u.get("t") == "assign" and u["op"] in ("+=", "-=") and u["target"].get("t") == "name" \
                and u["target"]["id"] == var and u["value"].get("t") in ("num", "name"):
            if u["value"].get("t") == "num":
                step = int(u["value"]["v"]) if u["op"] == "+=" else -int(u["value"]["v"])
                if step == 0:
                    return None
            else:
                if u["op"] == "-=":
                    return None
                step = u["value"]
        else:
            return None
        bound = cond["r"]
        if self.assigns(s["body"], {var} | names_of(bound)):
            return None
        if any(x.get("t") == "call" for x in walk(bound)):
            # A bound that is a call (list.size()) is re-evaluated each pass: keep it as a while.
            if not all(self.pure_size(x) for x in walk(bound) if x.get("t") == "call"):
                return None
        is_int_step = not isinstance(step, dict)
        if is_int_step and ((step > 0 and cond["op"] in (">", ">=")) or (step < 0 and cond["op"] in ("<", "<="))):
            return None
        stop = self.expr(bound)
        if cond["op"] == "<=":
            stop = ast.BinOp(left=stop, op=ast.Add(), right=C(1))
        elif cond["op"] == ">=":
            stop = ast.BinOp(left=stop, op=ast.Sub(), right=C(1))
        step_node = step if is_int_step else self.expr(step)
        return var, self.expr(start), stop, step_node

    def pure_size(self, c):
        callee = c.get("callee") or {}
        return callee.get("t") == "member" and callee.get("name") in ("size", "length", "sqrt") \
            and not self.assigns_anything_named(callee.get("obj"))

    def assigns_anything_named(self, obj):
        return False

    def assigns(self, stmts, names):
        for node in walk({"t": "block", "body": stmts}):
            t = node.get("t")
            if t == "assign" and node["target"].get("t") == "name" and node["target"]["id"] in names:
                return True
            if t == "un" and node["op"] in ("post++", "post--", "++pre", "--pre") \
                    and node["e"].get("t") == "name" and node["e"]["id"] in names:
                return True
        return False

    # ---- expressions -----------------------------------------------------------------------

    def expr(self, e):
        if e is None:
            return C(None)
        handler = getattr(self, "e_" + e.get("t", "other"), None)
        if handler is None:
            return C(0)
        node = handler(e)
        if isinstance(node, ast.stmt):
            self.pending_before.append(node)
            return C(None)
        return node

    def e_name(self, e):
        if e["id"] == "this":
            return ast.Name(id="self", ctx=ast.Load())
        return N(e["id"])

    def e_num(self, e):
        return C(e["v"])

    def e_str(self, e):
        return C(e["v"])

    def e_bool(self, e):
        return C(bool(e["v"]))

    def e_null(self, e):
        return C(None)

    def e_other(self, e):
        return C(0)

    def e_bin(self, e):
        op = e["op"]
        if op in ("&&", "||"):
            return ast.BoolOp(op=ast.And() if op == "&&" else ast.Or(), values=[self.expr(e["l"]), self.expr(e["r"])])
        if op in CMP:
            return ast.Compare(left=self.expr(e["l"]), ops=[CMP[op]()], comparators=[self.expr(e["r"])])
        if op == "+" and any(side.get("t") == "str" and side.get("v") == "" for side in (e["l"], e["r"])):
            # n + "" is the text of n (Java, JavaScript): str(n), log(n) digits for a number.
            other = e["r"] if e["l"].get("t") == "str" and e["l"].get("v") == "" else e["l"]
            return call("str", self.expr(other))
        if op == "**":
            return ast.BinOp(left=self.expr(e["l"]), op=ast.Pow(), right=self.expr(e["r"]))
        if op == "," :
            self.pending_before.append(ast.Expr(value=self.expr(e["l"])))
            return self.expr(e["r"])
        return ast.BinOp(left=self.expr(e["l"]), op=OPS.get(op, ast.Add)(), right=self.expr(e["r"]))

    def e_un(self, e):
        op = e["op"]
        if op in ("post++", "post--", "++pre", "--pre"):
            (self.pending_before if "pre" in op else self.pending_after).append(self.incr(e))
            return self.expr(e["e"])
        inner = self.expr(e["e"])
        if op == "!":
            return ast.UnaryOp(op=ast.Not(), operand=inner)
        if op == "-":
            return ast.UnaryOp(op=ast.USub(), operand=inner)
        if op == "~":
            return ast.UnaryOp(op=ast.Invert(), operand=inner)
        return inner

    def e_assign(self, e):
        self.pending_before.append(self.assign(e))
        return self.expr(e["target"])

    def e_cond(self, e):
        return ast.IfExp(test=self.expr(e["c"]), body=self.expr(e["a"]), orelse=self.expr(e["b"]))

    def e_lambda(self, e):
        body = e.get("body") or []
        if len(body) == 1 and body[0].get("t") == "return" and body[0].get("e") is not None:
            value = self.expr(body[0]["e"])
        else:
            value = C(None)
        return ast.Lambda(args=ast.arguments(posonlyargs=[], args=[ast.arg(arg=ident(p)) for p in e.get("params", [])],
                                             vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
                                             defaults=[]), body=value)

    def e_index(self, e):
        return ast.Subscript(value=self.expr(e["obj"]), slice=self.expr(e["idx"]), ctx=ast.Load())

    def e_member(self, e):
        obj, name = e["obj"], e["name"]
        if obj.get("t") == "name" and obj["id"] == "this":
            return N(name)
        if name in ("length", "size") :
            return call("len", self.expr(obj))
        if obj.get("t") == "name" and obj["id"] in ("Integer", "Long", "Double", "Short", "Byte", "Character",
                                                    "Number"):
            return C(2 ** 31)
        if obj.get("t") == "name" and obj["id"] == "Math":
            return C(3.14)
        return ast.Attribute(value=self.expr(obj), attr=ident(name), ctx=ast.Load())

    def e_new(self, e):
        fam = family(e.get("type"))
        args = e.get("args") or []
        if fam in HASH:
            return call("set") if "Set" in fam or fam.endswith("set") else call("dict")
        if fam in SORTED | HEAP | LIST | DEQUE | BUILDER:
            if args and fam in LIST and family(self.type_of(args[0])) is not None:
                return call("list", self.expr(args[0]))
            if args and fam in LIST and self.lang in ("cpp", "javascript"):
                fill = self.expr(args[1]) if len(args) > 1 else C(0)
                return ast.BinOp(left=ast.List(elts=[fill], ctx=ast.Load()), op=ast.Mult(), right=self.expr(args[0]))
            if fam in BUILDER and args and self.type_of(args[0]) in STRING:
                return call("list", self.expr(args[0]))
            return ast.List(elts=[], ctx=ast.Load()) if fam not in DEQUE else call("deque")
        if fam in ("Scanner", "BufferedReader", "InputStreamReader", "StreamTokenizer", "DataInputStream",
                   "PrintWriter", "BufferedWriter", "OutputStreamWriter", "PrintStream"):
            return C(None)
        if fam == "StringTokenizer":
            return meth(call("input"), "split")
        if fam in ("String",) and args:
            return call("str", self.expr(args[0]))
        if fam in self.user_funcs:
            # A constructor is lowered as a function named after its class.
            return call(N(fam), *[self.expr(a) for a in args])
        return call(N(fam or "object"), *[self.expr(a) for a in args])

    def e_newarray(self, e):
        if e.get("init") is not None:
            return ast.List(elts=[self.expr(x) for x in e["init"]], ctx=ast.Load())
        dims = [self.expr(d) for d in e.get("dims") or []]
        if not dims:
            return ast.List(elts=[], ctx=ast.Load())
        value = ast.BinOp(left=ast.List(elts=[C(0)], ctx=ast.Load()), op=ast.Mult(), right=dims[-1])
        for d in reversed(dims[:-1]):
            value = ast.ListComp(elt=value, generators=[ast.comprehension(
                target=ast.Name(id="_", ctx=ast.Store()), iter=call("range", d), ifs=[], is_async=0)])
        return value

    def e_call(self, e):
        callee, args = e["callee"], e.get("args") or []
        if callee.get("t") == "name":
            name = callee["id"]
            if name in self.readers or (name in READ_SOURCES and name not in self.user_funcs):
                return input_call(name)
            if name in ("parseInt", "parseFloat", "Number", "BigInt", "String", "Boolean") \
                    and name not in self.user_funcs:
                return call("int" if name != "String" else "str", *[self.expr(a) for a in args[:1]])
            return call(N(name), *[self.expr(a) for a in args])
        if callee.get("t") != "member":
            return call(self.expr(callee), *[self.expr(a) for a in args])
        obj, name = callee["obj"], callee["name"]
        owner = obj["id"] if obj.get("t") == "name" else None
        if (name in self.readers or name in READ_SOURCES) and not args:
            # With arguments it is no token read: Random.nextInt(bound), a reader of n items.
            return input_call(name)
        if owner == "this" and name in self.user_funcs:
            return call(N(name), *[self.expr(a) for a in args])
        lib = self.library_call(obj, owner, name, args)
        if lib is not None:
            return lib
        if name in self.user_funcs:
            return call(N(name), *[self.expr(a) for a in args])
        return meth(self.expr(obj), name, *[self.expr(a) for a in args])

    def library_call(self, obj, owner, name, args):
        a = [self.expr(x) for x in args]
        if owner in ("System",) or (obj.get("t") == "member" and obj["obj"].get("t") == "name"
                                     and obj["obj"]["id"] == "System"):
            if name == "exit":
                return call("exit")
            if name in ("currentTimeMillis", "nanoTime", "arraycopy", "identityHashCode", "gc"):
                return C(0) if name != "arraycopy" else ast.Assign(
                    targets=[ast.Subscript(value=a[2], slice=ast.Slice(), ctx=ast.Store())],
                    value=ast.Subscript(value=a[0], slice=ast.Slice(), ctx=ast.Load()), lineno=0)
            return call("print", *a)
        if name in ("map", "filter", "forEach", "flatMap") and len(a) == 1 and owner not in self.user_classes \
                and family(self.type_of(obj)) not in HASH | SORTED:
            # arr.map(f): f once per item (JavaScript arrays, Java streams).
            return call("list", call("map" if name != "filter" else "filter", a[0], self.expr(obj)))
        if owner == "console":
            return call("print", *a)
        if name in ("readFileSync", "readSync"):
            # fs.readFileSync(0) / ("/dev/stdin"): the whole input at once.
            return meth(ast.Attribute(value=ast.Name(id="sys", ctx=ast.Load()), attr="stdin", ctx=ast.Load()), "read")
        if owner == "Object" and name in ("keys", "values", "entries", "assign", "fromEntries"):
            return call("list", *a[:1])
        if owner in ("JSON",):
            return call("str", *a[:1])
        if name in ("println", "print", "printf", "format", "write", "flush", "close") and \
                family(self.type_of(obj)) not in (self.user_classes | LIST | HASH | SORTED):
            return call("print", *[x for x in a if not isinstance(x, ast.Constant)] or [])
        if owner == "Math" or owner == "StrictMath":
            if name == "pow":
                return ast.BinOp(left=a[0], op=ast.Pow(), right=a[1]) if len(a) == 2 else C(0)
            if name in ("floor", "ceil", "round", "trunc", "toIntExact") and len(a) == 1:
                # Division is already integer division in the lowered tree: Math.floor(n / 2) is n // 2.
                return a[0]
            fn = MATH.get(name, "float")
            if fn in ("sqrt", "log", "log10"):
                return meth(ast.Name(id="math", ctx=ast.Load()), fn, *a)
            return call(fn, *a)
        if owner in ("Arrays", "Collections"):
            return self.collections_call(name, a)
        if owner in ("Integer", "Long", "Double", "Character", "String", "Boolean", "Float", "Short",
                     "Byte", "BigInteger", "Objects"):
            if name in ("toBinaryString",):
                return call("bin", *a)
            if name == "join":
                return meth(C(""), "join", *a[1:])
            return call("int", *a[:1]) if a else C(0)
        fam = family(self.type_of(obj))
        target = self.expr(obj)
        if fam in SORTED:
            return self.sorted_call(target, name, a)
        if fam in HEAP:
            return self.heap_call(target, name, a)
        if fam in HASH:
            return self.hash_call(target, name, a, "Set" in fam or fam.endswith("set"))
        if fam in DEQUE:
            return self.deque_call(target, name, a)
        if fam in LIST or fam in BUILDER or (fam is None and self.lang == "javascript" and name in JS_ARRAY):
            return self.list_call(target, name, a)
        if fam in STRING or (fam is None and name in ("charAt", "substring", "toCharArray", "equals",
                                                      "length", "indexOf", "split", "trim")):
            return self.string_call(target, name, a)
        if fam is None and self.type_of(obj) and self.type_of(obj).endswith("]") and name == "clone":
            return ast.Subscript(value=target, slice=ast.Slice(), ctx=ast.Load())
        return None

    def collections_call(self, name, a):
        if name in ("sort", "parallelSort") and a:
            return meth(a[0], "sort")
        if name == "fill" and a:
            # A loop that writes each element: linear in the array's length.
            return ast.For(target=ast.Name(id="_fill", ctx=ast.Store()), iter=call("range", call("len", a[0])),
                           body=[ast.Assign(targets=[ast.Subscript(value=a[0], slice=N("_fill"), ctx=ast.Store())],
                                            value=a[-1], lineno=0)], orelse=[])
        if name in ("reverse", "shuffle") and a:
            return meth(a[0], "reverse")
        if name in ("max", "min") and a:
            return call(name, a[0])
        if name in ("asList", "stream", "copyOf", "copyOfRange", "toString", "deepToString", "hashCode"):
            return call("list", a[0]) if a else ast.List(elts=[], ctx=ast.Load())
        if name in ("binarySearch",) and a:
            return meth(ast.Name(id="bisect", ctx=ast.Load()), "bisect_left", *a[:2])
        if name == "equals" and len(a) == 2:
            return ast.Compare(left=a[0], ops=[ast.Eq()], comparators=[a[1]])
        if name in ("swap", "emptyList", "reverseOrder", "nCopies", "singletonList"):
            return C(0)
        if name in ("frequency",) and a:
            return meth(a[0], "count", *a[1:2])
        return C(0)

    def sorted_call(self, target, name, a):
        if name in ("put", "add", "insert", "emplace", "merge", "putIfAbsent"):
            return meth(ast.Name(id="bisect", ctx=ast.Load()), "insort", target, a[0] if a else C(0))
        if name in ("size", "count") and not a:
            return call("len", target)
        if name in ("isEmpty", "empty"):
            return ast.UnaryOp(op=ast.Not(), operand=target)
        if name in ("keySet", "values", "entrySet", "navigableKeySet", "descendingKeySet", "descendingMap",
                    "begin", "end", "rbegin"):
            return target
        if name in ("clear",):
            return meth(target, "clear")
        if name in ("headMap", "tailMap", "subMap", "headSet", "tailSet", "subSet"):
            return ast.Subscript(value=target, slice=ast.Slice(), ctx=ast.Load())
        return meth(ast.Name(id="bisect", ctx=ast.Load()), "bisect_left", target, a[0] if a else C(0))

    def heap_call(self, target, name, a):
        if name in ("add", "offer", "push", "emplace"):
            return meth(ast.Name(id="heapq", ctx=ast.Load()), "heappush", target, a[0] if a else C(0))
        if name in ("poll", "remove", "pop") and not a:
            return meth(ast.Name(id="heapq", ctx=ast.Load()), "heappop", target)
        if name in ("peek", "top", "element"):
            return ast.Subscript(value=target, slice=C(0), ctx=ast.Load())
        if name in ("size",):
            return call("len", target)
        if name in ("isEmpty", "empty"):
            return ast.UnaryOp(op=ast.Not(), operand=target)
        if name in ("remove", "contains") and a:
            return meth(target, "remove" if name == "remove" else "count", a[0])
        if name == "clear":
            return meth(target, "clear")
        return target

    def hash_call(self, target, name, a, is_set):
        if name in ("put", "insert", "emplace", "set") and len(a) >= 2:
            return ast.Assign(targets=[ast.Subscript(value=target, slice=a[0], ctx=ast.Store())], value=a[1], lineno=0)
        if name in ("add", "insert", "emplace") and a:
            return meth(target, "add", a[0]) if is_set else ast.Assign(
                targets=[ast.Subscript(value=target, slice=a[0], ctx=ast.Store())], value=C(1), lineno=0)
        if name in ("get", "getOrDefault", "at", "computeIfAbsent", "putIfAbsent", "merge", "compute") and a:
            if name in ("merge", "putIfAbsent", "compute"):
                return ast.Assign(targets=[ast.Subscript(value=target, slice=a[0], ctx=ast.Store())],
                                  value=a[1] if len(a) > 1 else C(1), lineno=0)
            return meth(target, "get", *a[:1])
        if name in ("containsKey", "contains", "containsValue", "has", "count", "find") and a:
            if name == "containsValue":
                return ast.Compare(left=a[0], ops=[ast.In()], comparators=[meth(target, "values")])
            return ast.Compare(left=a[0], ops=[ast.In()], comparators=[target])
        if name in ("remove", "erase", "delete") and a:
            return meth(target, "pop", a[0], C(None))
        if name in ("size",):
            return call("len", target)
        if name in ("isEmpty", "empty"):
            return ast.UnaryOp(op=ast.Not(), operand=target)
        if name in ("keySet", "keys"):
            return meth(target, "keys")
        if name in ("values",):
            return meth(target, "values")
        if name in ("entrySet", "entries", "begin"):
            return meth(target, "items")
        if name in ("clear",):
            return meth(target, "clear")
        if name in ("addAll", "putAll"):
            return meth(target, "update", *a)
        return None

    def deque_call(self, target, name, a):
        if name in ("add", "offer", "addLast", "offerLast", "push", "push_back", "addFirst", "offerFirst",
                    "push_front", "emplace", "emplace_back"):
            return meth(target, "append", a[-1] if a else C(0))
        if name in ("poll", "pollFirst", "removeFirst", "pop_front") or (name in ("remove", "pop") and not a):
            return meth(target, "popleft")
        if name in ("pollLast", "removeLast", "pop_back", "pop"):
            return meth(target, "pop")
        if name in ("peek", "peekFirst", "getFirst", "element", "front", "top", "peekLast", "getLast", "back"):
            return ast.Subscript(value=target, slice=C(0), ctx=ast.Load())
        if name == "get" and a:
            return ast.Subscript(value=target, slice=a[0], ctx=ast.Load())
        if name in ("size",):
            return call("len", target)
        if name in ("isEmpty", "empty"):
            return ast.UnaryOp(op=ast.Not(), operand=target)
        if name == "contains" and a:
            return ast.Compare(left=a[0], ops=[ast.In()], comparators=[target])
        if name == "clear":
            return meth(target, "clear")
        return self.list_call(target, name, a)

    def list_call(self, target, name, a):
        if name in ("add", "append", "push_back", "emplace_back", "push") and len(a) == 1:
            return meth(target, "append", a[0])
        if name in ("add", "insert") and len(a) == 2:
            return meth(target, "insert", a[0], a[1])
        if name in ("get", "charAt", "at") and a:
            return ast.Subscript(value=target, slice=a[0], ctx=ast.Load())
        if name in ("set", "setCharAt") and len(a) == 2:
            return ast.Assign(targets=[ast.Subscript(value=target, slice=a[0], ctx=ast.Store())], value=a[1], lineno=0)
        if name in ("size", "length"):
            return call("len", target)
        if name in ("remove", "deleteCharAt", "erase") and a:
            return meth(target, "pop", a[0])
        if name in ("pop_back", "pop"):
            return meth(target, "pop")
        if name == "shift":
            return meth(target, "pop", C(0))
        if name == "unshift" and a:
            return meth(target, "insert", C(0), a[0])
        if name == "includes" and a:
            return ast.Compare(left=a[0], ops=[ast.In()], comparators=[target])
        if name == "concat":
            return ast.BinOp(left=target, op=ast.Add(), right=a[0] if a else ast.List(elts=[], ctx=ast.Load()))
        if name in ("contains", "indexOf", "lastIndexOf") and a:
            return ast.Compare(left=a[0], ops=[ast.In()], comparators=[target])
        if name in ("isEmpty", "empty"):
            return ast.UnaryOp(op=ast.Not(), operand=target)
        if name in ("clear",):
            return meth(target, "clear")
        if name in ("addAll",):
            return meth(target, "extend", a[-1])
        if name in ("sort",):
            return meth(target, "sort")
        if name in ("reverse",):
            return meth(target, "reverse")
        if name in ("toString", "join"):
            return meth(C(""), "join", target)
        if name in ("subList", "substring", "slice"):
            return ast.Subscript(value=target, slice=ast.Slice(lower=a[0] if a else None,
                                                              upper=a[1] if len(a) > 1 else None), ctx=ast.Load())
        if name in ("back", "front", "peek", "top"):
            return ast.Subscript(value=target, slice=C(-1), ctx=ast.Load())
        if name in ("begin", "end", "iterator", "stream", "toArray", "clone"):
            return target
        return None

    def string_call(self, target, name, a):
        if name == "length":
            return call("len", target)
        if name == "charAt" and a:
            return ast.Subscript(value=target, slice=a[0], ctx=ast.Load())
        if name == "substring" and a:
            return ast.Subscript(value=target, slice=ast.Slice(lower=a[0], upper=a[1] if len(a) > 1 else None),
                                 ctx=ast.Load())
        if name in ("toCharArray", "chars", "getBytes"):
            return call("list", target)
        if name in ("equals", "equalsIgnoreCase", "compareTo", "contentEquals") and a:
            return ast.Compare(left=target, ops=[ast.Eq()], comparators=[a[0]])
        if name in ("indexOf", "contains", "lastIndexOf") and a:
            return meth(target, "find", a[0])
        if name == "split":
            return meth(target, "split")
        if name in ("trim", "strip", "toUpperCase", "toLowerCase", "intern"):
            return target
        if name in ("isEmpty",):
            return ast.UnaryOp(op=ast.Not(), operand=target)
        if name in ("startsWith", "endsWith"):
            return meth(target, "startswith", *a[:1])
        if name in ("replace", "replaceAll"):
            return meth(target, "replace", *a[:2])
        if name in ("repeat",) and a:
            return ast.BinOp(left=target, op=ast.Mult(), right=a[0])
        return None


def _clone(node):
    return copy.deepcopy(node)


def walk(node):
    """Every dict of the model under node (statements and expressions)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, dict):
            yield n
            stack.extend(v for v in n.values() if isinstance(v, (dict, list)))
        elif isinstance(n, list):
            stack.extend(n)


def names_of(e):
    return {n["id"] for n in walk(e) if n.get("t") == "name"}


def lower(program):
    """The program model as a Python module of the same costs."""
    return Lowering(program).module()


# ---- risky patterns, read from the model (names of the language's libraries) --------------------

RISKY_CALLS = {
    "exec": ("system_command", "high", "Runtime.exec runs a command"),
    "system": ("system_command", "high", "system() runs a command"),
    "popen": ("system_command", "high", "popen() runs a command"),
    "execSync": ("system_command", "high", "child_process runs a command"),
    "spawn": ("system_command", "high", "child_process runs a command"),
    "spawnSync": ("system_command", "high", "child_process runs a command"),
    "eval": ("eval_exec", "high", "eval() runs code built at run time"),
    "unlinkSync": ("file_deletion", "high", "deletes a file"),
    "rmSync": ("file_deletion", "high", "deletes files"),
    "unlink": ("file_deletion", "high", "deletes a file"),
    "deleteIfExists": ("file_deletion", "high", "deletes a file"),
    "forName": ("dynamic_import", "medium", "Class.forName loads a class by name"),
    "readObject": ("unpickling", "high", "ObjectInputStream.readObject can run code of the stream"),
    "fetch": ("network", "medium", "fetch() opens a network connection"),
}
RISKY_TYPES = {
    "ProcessBuilder": ("system_command", "high", "ProcessBuilder runs a command"),
    "Socket": ("network", "medium", "opens a network connection"),
    "ServerSocket": ("network", "medium", "listens on the network"),
    "URL": ("network", "medium", "opens a network address"),
    "HttpURLConnection": ("network", "medium", "opens a network connection"),
    "DatagramSocket": ("network", "medium", "opens a network connection"),
    "Function": ("eval_exec", "high", "new Function() compiles code built at run time"),
    "XMLHttpRequest": ("network", "medium", "opens a network connection"),
    "WebSocket": ("network", "medium", "opens a network connection"),
}
RISKY_MODULES = {"child_process": "system_command", "net": "network", "http": "network", "https": "network",
                 "dgram": "network", "vm": "eval_exec"}


def model_risks(program):
    """Risky patterns of a program model: commands, eval, file deletion, network, unbounded loops."""
    risks = []

    def add(kind, level, line, detail):
        risks.append({"kind": kind, "level": level, "line": line or 0, "detail": detail})

    for stmt in walk(program):
        t = stmt.get("t")
        if t == "call":
            callee = stmt["callee"]
            name = callee.get("id") if callee.get("t") == "name" else callee.get("name")
            owner = callee["obj"].get("id") if callee.get("t") == "member" and callee["obj"].get("t") == "name" \
                else None
            if name == "delete" and callee.get("t") == "member" and owner not in ("sb",):
                if owner in ("Files",) or owner is None or program.get("lang") == "java":
                    add("file_deletion", "high", stmt.get("line"), "%s.delete() deletes a file" % (owner or "File"))
            elif name in ("require",) and stmt.get("args") and stmt["args"][0].get("t") == "str" \
                    and stmt["args"][0]["v"] in RISKY_MODULES:
                add(RISKY_MODULES[stmt["args"][0]["v"]], "medium", stmt.get("line"),
                    "requires %s" % stmt["args"][0]["v"])
            elif name in RISKY_CALLS and not (name == "exec" and owner not in (None,) and
                                              program.get("lang") == "javascript" and owner != "child_process"):
                kind, level, detail = RISKY_CALLS[name]
                if name == "exec" and program.get("lang") == "java" and callee.get("t") != "member":
                    continue
                add(kind, level, stmt.get("line"), detail)
        elif t == "new" and family(stmt.get("type")) in RISKY_TYPES:
            kind, level, detail = RISKY_TYPES[family(stmt.get("type"))]
            add(kind, level, stmt.get("line"), detail)
        elif t == "import" and stmt.get("module") in RISKY_MODULES:
            add(RISKY_MODULES[stmt["module"]], "medium", stmt.get("line"), "imports %s" % stmt["module"])
        elif t in ("while", "for", "do"):
            c = stmt.get("c")
            forever = c is None or (c.get("t") == "bool" and c.get("v")) or (c.get("t") == "num" and c.get("v"))
            if forever and not any(n.get("t") in ("break", "return", "throw") or (
                    n.get("t") == "call" and (n["callee"].get("name") or n["callee"].get("id")) in ("exit", "abort"))
                    for n in walk(stmt.get("body"))):
                add("unbounded_loop", "medium", stmt.get("line"), "a loop without condition, break or return")
    risks.sort(key=lambda r: r["line"])
    return risks


def analyze_model(program, analyze_tree):
    """The analyzer's answer for a program model (or the parser's error, passed through)."""
    if not program.get("ok", True):
        return program
    return analyze_tree(lower(program), "", model_risks(program))
