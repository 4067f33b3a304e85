"""JavaScript names of the lowering (see lowering.py): the program's top-level variables, an array used as
an output buffer, the array methods that take a callback or move items (reduce, some, find, splice,
fill) and typed arrays, as the Python of the same cost. A mixin of lowering.Lowering, used only for
programs whose model says "lang": "javascript" (analysis/parsers/js_tree_dump.js writes them); the
containers' member calls are the shared tables'."""
import ast

try:
    from lowering_model import C, N, call, declared_once, meth, used_only_where, walk
except ImportError:
    pass  # the bundled script: lowering_model.py is earlier in the same file

# new Int32Array(n) is an array of n zeros, new Int32Array(a) a copy of a.
JS_TYPED_ARRAYS = {"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
                   "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"}
# arr.some(f), arr.find(f)...: f once per item until one answers, a pass over the array.
JS_SEARCHES = {"some", "every", "find", "findIndex", "findLast", "findLastIndex"}
# Array methods that call their callback once per item (until one answers, for the searches).
JS_CALLBACKS = {"map", "forEach", "filter", "flatMap", "reduce", "reduceRight"} | JS_SEARCHES
# Calls that print what they are given.
JS_PRINTS = {("console", "log"), ("console", "error"), ("stdout", "write"), ("process.stdout", "write")}


def _owner_name(obj):
    """console for console.log, process.stdout for process.stdout.write."""
    if obj.get("t") == "name":
        return obj["id"]
    if obj.get("t") == "member" and obj["obj"].get("t") == "name":
        return obj["obj"]["id"] + "." + obj["name"]
    return None


def _is_print(e):
    callee = e.get("callee") or {}
    return e.get("t") == "call" and callee.get("t") == "member" and \
        (_owner_name(callee["obj"]), callee["name"]) in JS_PRINTS


def output_buffers(program):
    """Arrays the program only pushes to and prints joined (`out.push(x)` ... `console.log(out.join('\\n'))`):
    JavaScript's buffered writer, as Java's PrintWriter is. What is pushed is output, so a loop that
    pushes its answers is per test case as one that prints them is. An array read any other way (its
    length, an item, passed to a function) is a collection, not a buffer."""
    candidates = declared_once(program, lambda d: (d.get("init") or {}).get("t") == "newarray"
                               and not d["init"].get("init"))
    if not candidates:
        return set()

    def allowed(node, parents):
        # out.push(x) as a statement, console.log(out.join(...)): the name is the object of a called member.
        if len(parents) < 3:
            return False
        member, use, outer = parents[-1], parents[-2], parents[-3]
        if not (member.get("t") == "member" and member.get("obj") is node and use.get("t") == "call"
                and use.get("callee") is member):
            return False
        return (member["name"] == "push" and outer.get("t") == "expr") or (member["name"] == "join" and _is_print(outer))

    return used_only_where(program, candidates, allowed)


# Methods that turn the input's text into its lines or tokens: a chain of them over readFileSync is
# still the whole input, read once.
_TEXT_STEPS = {"toString", "trim", "trimEnd", "trimStart", "split", "filter", "map"}


def js_reads_input(e):
    """Whether an expression is the whole input or its lines or tokens: readFileSync(0, 'utf8')
    followed only by toString/trim/split/filter/map."""
    while e and e.get("t") == "call" and (e.get("callee") or {}).get("t") == "member":
        name = e["callee"]["name"]
        if name in ("readFileSync", "readSync"):
            return True
        if name not in _TEXT_STEPS:
            return False
        e = e["callee"]["obj"]
    return False


class JsCalls:
    def js_globals(self):
        """A script's top-level variables are its state, as a Java class's fields are: known (with their
        types) inside every function, and globals of the lowered module where a function assigns them
        (`function run() { n = nextInt(); ... }` sets the n the other functions read)."""
        for d in self.program.get("body", []):
            if d.get("t") == "decl":
                self.fields.setdefault(d["name"], self.decl_type(d))
        self.js_buffers = output_buffers(self.program)
        # Names bound once to the input's lines or tokens (const lines = readFileSync(0, 'utf8').split('\n')).
        bound = {}
        for n in walk(self.program):
            if n.get("t") == "decl":
                bound.setdefault(n["name"], []).append(n.get("init"))
        assigned = {n["target"]["id"] for n in walk(self.program) if n.get("t") == "assign"
                    and n["target"].get("t") == "name"}
        self.js_inputs = {name for name, inits in bound.items()
                          if len(inits) == 1 and js_reads_input(inits[0]) and name not in assigned}
        # A top-level variable bound once to a number and never changed (const div = 2n) is that number:
        # div ** n is 2 ** n, as in Python's analysis of the literal.
        changed = assigned | {n["e"]["id"] for n in walk(self.program) if n.get("t") == "un"
                              and n.get("op") in ("post++", "post--", "++pre", "--pre") and n["e"].get("t") == "name"}
        top = {d["name"] for d in self.program.get("body", []) if d.get("t") == "decl"}
        # A parameter or loop variable of that name elsewhere is another variable.
        for n in walk(self.program):
            if n.get("t") == "func":
                changed |= {p["name"] for p in n.get("params") or []}
            elif n.get("t") == "lambda":
                changed |= set(n.get("params") or [])
            elif n.get("t") == "foreach":
                changed.add(n.get("var"))
        self.js_literals = {name: inits[0]["v"] for name, inits in bound.items()
                            if name in top and len(inits) == 1 and (inits[0] or {}).get("t") == "num"
                            and name not in changed}

    def is_function(self, e):
        """Whether a callback is a function with statements: one of the program's, or a lambda with a
        body of statements (lowered as a function of its own, see Lowering.e_lambda)."""
        if e.get("t") == "name":
            return e["id"] in self.user_funcs
        body = e.get("body") or []
        return e.get("t") == "lambda" and bool(body) and not (len(body) == 1 and body[0].get("t") == "return")

    def per_item(self, fn, items, name):
        """arr.map(f) and friends with f a function: one call of f per item, as a comprehension (which the
        analyzer costs call by call; map(f, xs) it counts as one pass)."""
        it = ast.Name(id="_item", ctx=ast.Store())
        args = [C(0), N("_item")] if name in ("reduce", "reduceRight") else [N("_item")]
        gen = ast.comprehension(target=it, iter=items, ifs=[], is_async=0)
        if name == "filter":
            gen.ifs = [call(fn, *args)]
            return ast.ListComp(elt=N("_item"), generators=[gen])
        comp = ast.ListComp(elt=call(fn, *args), generators=[gen])
        if name in ("reduce", "reduceRight"):
            return call("sum", comp)
        return call("any", comp) if name in JS_SEARCHES else comp

    def js_index(self, e):
        """lines[i], tokens[pos]: one line or token of the input, read as Python's input() reads one (the
        analyzer counts reading the input once, whatever is done with each piece read)."""
        obj = e.get("obj") or {}
        if obj.get("t") == "name" and obj["id"] in getattr(self, "js_inputs", ()):
            return call("input")
        return None

    def js_new(self, e):
        """Typed arrays: new Int32Array(n) holds n zeros; new Int32Array(a) copies a."""
        if e.get("type") not in JS_TYPED_ARRAYS:
            return None
        args = e.get("args") or []
        if not args:
            return ast.List(elts=[], ctx=ast.Load())
        size = self.expr(args[0])
        if args[0].get("t") in ("newarray", "name") and self.type_of(args[0]) not in (None, "", "int", "number"):
            return call("list", size)
        return ast.BinOp(left=ast.List(elts=[C(0)], ctx=ast.Load()), op=ast.Mult(), right=size)

    def js_call(self, name, args):
        """Array(n) without `new` is new Array(n)."""
        if name == "Array" and name not in self.user_funcs and len(args) == 1:
            return ast.BinOp(left=ast.List(elts=[C(0)], ctx=ast.Load()), op=ast.Mult(), right=self.expr(args[0]))
        return None

    def js_member(self, obj, owner, name, args):
        """Array methods with a callback or that move items; an output buffer's push and join."""
        if owner in getattr(self, "js_buffers", ()):
            if name == "push":
                return call("print", *[self.expr(a) for a in args])
            if name == "join":
                return C("")
        if owner == "Array" and name == "from" and args:
            # Array.from(xs[, f]): one item (and one call of f) per item of xs.
            items = self.expr(args[0])
            return call("list", call("map", self.expr(args[1]), items) if len(args) > 1 else items)
        if owner in self.user_classes or owner in self.user_funcs:
            return None
        if name == "filter" and len(args) == 1 and js_reads_input(obj):
            # readFileSync(0).split(/\s+/).filter((t) => t.length > 0): dropping the empty tokens is part of
            # reading the input, as Python's split() does it.
            return self.expr(obj)
        if name in JS_CALLBACKS and args and self.is_function(args[0]):
            return self.per_item(self.expr(args[0]), self.expr(obj), name)
        if name in ("reduce", "reduceRight") and args:
            # f once per item, one value at the end.
            return call("sum", call("map", self.expr(args[0]), self.expr(obj)))
        if name in JS_SEARCHES and len(args) == 1:
            return call("any", call("map", self.expr(args[0]), self.expr(obj)))
        if name == "splice" and args:
            # splice(i, k, ...items) moves every item after i: O(n), as list.insert / list.pop do.
            target = self.expr(obj)
            if len(args) > 2:
                return meth(target, "insert", self.expr(args[0]), self.expr(args[2]))
            return meth(target, "pop", self.expr(args[0]))
        if name == "fill" and len(args) >= 1 and len(args) <= 1:
            target = self.expr(obj)
            if obj.get("t") in ("new", "newarray", "call"):
                return target  # new Array(n).fill(0): making the array already writes each item
            # A loop that writes each element: linear in the array's length.
            loop = ast.For(target=N("_fill"), iter=call("range", call("len", target)),
                           body=[ast.Assign(targets=[ast.Subscript(value=self.expr(obj), slice=N("_fill"),
                                                                   ctx=ast.Store())],
                                            value=self.expr(args[0]), lineno=0)], orelse=[])
            loop.target.ctx = ast.Store()
            self.pending_before.append(loop)
            return target
        return None
