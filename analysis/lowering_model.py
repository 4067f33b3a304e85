"""The shared vocabulary of the lowering (see lowering.py): the library families by type name, the
Python names the lowered tree may use, small constructors of syntax nodes and walks over the model."""
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
# Java's output streams: what is appended to one is written out (out.append(x) prints x).
WRITERS = {"PrintWriter", "BufferedWriter", "Writer", "OutputStreamWriter", "PrintStream", "BufferedOutputStream"}
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


# The site module adds exit, quit and friends to the builtins; the sandbox runs Python with -S (no
# site), and the lowered tree must not depend on that: a program's own exit() stays its own there too.
RESERVED = set(dir(builtins)) | {"exit", "quit", "copyright", "credits", "license", "help"} | {
    "math", "bisect", "heapq", "sys", "deque", "self"}


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


def _clone(node):
    return copy.deepcopy(node)


def walk(node):
    """Every dict of the model under node (statements and expressions)."""
    # The children pushed by a plain loop, not a generator fed to extend (a frame per node): the same
    # nodes in the same order, the walk a third of the lowering's time.
    stack = [node]
    pop = stack.pop
    push = stack.append
    while stack:
        n = pop()
        if isinstance(n, dict):
            yield n
            for v in n.values():
                if isinstance(v, (dict, list)):
                    push(v)
        elif isinstance(n, list):
            stack.extend(n)


def declared_once(program, accept):
    """Names the program declares exactly once (no parameter and no other declaration shares them)
    whose one declaration accept() takes: the candidates of the buffered-writer rules, which must
    not confuse two variables of one name."""
    declared = {}
    for n in walk(program):
        if n.get("t") == "decl":
            declared.setdefault(n["name"], []).append(n)
        elif n.get("t") == "func":
            for p in n.get("params") or []:
                declared.setdefault(p["name"], []).append(None)
    return {name for name, decls in declared.items() if len(decls) == 1 and decls[0] is not None and accept(decls[0])}


def constant_flags(program):
    """Java's boolean variables set to a literal where declared and assigned nowhere else (static final
    boolean DEBUG = false, LOCAL = false), each to its value. They are constants: javac compiles away
    what `if (DEBUG)` guards (JLS 14.22's conditional compilation), so a template's debug printing
    behind such a flag (a loop over every row of a table) costs nothing, and lowering the flag as a
    name left that loop in the program's cost."""
    flags = declared_once(program, lambda d: flag_value(d.get("init")) is not None)
    # Any assignment (DEBUG = true, this.DEBUG = ..., flag |= x) makes the name a variable.
    for n in walk(program):
        if n.get("t") == "assign":
            target = n.get("target") or {}
            flags.discard(target.get("id") if target.get("t") == "name" else target.get("name"))
    return {d["name"]: flag_value(d["init"]) for d in walk(program) if d.get("t") == "decl" and d["name"] in flags}


def flag_value(e):
    """A flag's value: a boolean literal, or the judge test of the templates (`LOCAL =
    System.getProperty("ONLINE_JUDGE") == null`): the judge sets that property, so on the judge, whose
    running time the analysis is about, the local branch (reading a file, printing debug tables) is
    dead. None for any other initialiser."""
    e = e or {}
    if e.get("t") == "bool":
        return bool(e["v"])
    if e.get("t") == "bin" and e.get("op") in ("==", "!=") and (e.get("r") or {}).get("t") == "null":
        callee = (e.get("l") or {}).get("callee") or {}
        args = (e.get("l") or {}).get("args") or []
        if callee.get("name") == "getProperty" and (callee.get("obj") or {}).get("id") == "System" \
                and len(args) == 1 and args[0].get("v") == "ONLINE_JUDGE":
            return e["op"] == "!="
    return None


def constant_truth(node):
    """The truth value of a lowered condition made only of constants (not, and, or over them), or
    None when it depends on anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        inner = constant_truth(node.operand)
        return None if inner is None else not inner
    if isinstance(node, ast.BoolOp):
        values = [constant_truth(v) for v in node.values]
        if None in values:
            return None
        return all(values) if isinstance(node.op, ast.And) else any(values)
    return None


def used_only_where(program, candidates, allowed):
    """The candidates whose every use allowed(name_node, parents) accepts (parents: the nodes above it,
    nearest last) and that are never assigned: the buffered-writer rules' test that a buffer is only
    written to and printed, never read as a value."""
    fine = set()  # ids of the name nodes in an allowed place

    def visit(node, parents):
        if isinstance(node, list):
            for x in node:
                visit(x, parents)
            return
        if not isinstance(node, dict):
            return
        if node.get("t") == "name" and node["id"] in candidates and parents and allowed(node, parents):
            fine.add(id(node))
        for v in node.values():
            if isinstance(v, (dict, list)):
                visit(v, parents + [node])

    visit(program, [])
    bad = {n["id"] for n in walk(program) if n.get("t") == "name" and n["id"] in candidates and id(n) not in fine}
    # An assignment to the name (out = [], sb = new StringBuilder()) is a use of another kind too.
    bad |= {n["target"]["id"] for n in walk(program)
            if n.get("t") == "assign" and (n.get("target") or {}).get("t") == "name"}
    return candidates - bad


def names_of(e):
    return {n["id"] for n in walk(e) if n.get("t") == "name"}


# ---- shapes of the model that the lowering recognises (functions of the model alone) ----------

# Methods that change how many items a collection or builder holds.
RESIZING = {"add", "addAll", "addFirst", "addLast", "offer", "offerFirst", "offerLast", "push", "push_back",
            "emplace_back", "emplace", "insert", "append", "remove", "removeFirst", "removeLast", "poll",
            "pollFirst", "pollLast", "pop", "pop_back", "pop_front", "push_front", "erase", "clear",
            "deleteCharAt", "delete", "removeIf", "retainAll", "removeAll", "splice", "shift", "unshift"}


def arity(f):
    return len([p for p in f.get("params", []) if p["name"] != "this"])


def name_overloads(overloads):
    """Java tells methods of one name apart by their parameters: solve() that calls solve(i) once per
    test case does not recurse. Python keeps the last def of a name, so methods of one name and
    different parameter counts get a name each (solve_0, solve_1); calls choose by their argument
    count. Overloads of one count (gcd(int, int), gcd(long, long)) stay one name: the parser gives
    no argument types to choose by."""
    for name, fs in overloads.items():
        if len({arity(f) for f in fs}) > 1:
            for f in fs:
                f["lname"] = "%s_%d" % (name, arity(f))


def name_by_class(overloads, readers):
    """Two classes of one program may each have a method of one name (Direct.get(i) reads an item,
    Prefix.get(i) sums i of them); Python keeps one def per name, so the methods of every class but
    the first get the class in their name (get__Prefix), and calls choose by the class of the object
    they are made on (overload_name). Token readers stay as they are: they are not lowered."""
    for name, fs in overloads.items():
        owners = [f.get("owner") for f in fs]
        if name in readers or len(set(owners)) < 2:
            continue
        for f in fs:
            if f.get("owner") != owners[0]:
                f["lname"] = "%s__%s" % (f.get("lname", name), f["owner"])
            elif "lname" not in f:
                f["lname"] = name


def overload_name(overloads, name, args, cls=None):
    """The lowered name of the user function `name` called with `args` (on an object of class cls,
    or in it, when known)."""
    fs = [f for f in overloads.get(name, []) if "lname" in f]
    if not fs:
        return name
    fs = [f for f in fs if f.get("owner") == cls] or fs
    exact = [f for f in fs if arity(f) == len(args) and not (f.get("params") or [{}])[-1].get("varargs")]
    varargs = [f for f in fs if (f.get("params") or [{}])[-1].get("varargs") and len(args) >= arity(f) - 1]
    return (exact or varargs or [min(fs, key=lambda f: abs(arity(f) - len(args)))])[0]["lname"]


def readers_by_shape(user_funcs, readers):
    """Token readers whatever their names (getInt(), NextInt(), l(), s()): parameterless methods that
    return what they take from the input, read directly from the library or through another reader,
    and print nothing; every loop they have waits on the input (skipping blanks or collecting a
    token's characters: its condition reads, or tests what the loop reads), so a method that reads n
    numbers in a counted loop is no token. Each call is one token, O(1) per token like input()."""
    found = set()
    while True:
        more = {name for name, f in user_funcs.items()
                if name not in readers | found and _reads_one_token(f, readers | found, user_funcs)}
        if not more:
            return found
        found |= more


def _is_read(e, readers, user_funcs):
    """Whether the model expression e reads the input (a library read or a reader)."""
    for n in walk(e):
        if n.get("t") == "call":
            callee = n["callee"]
            name = callee.get("id") if callee.get("t") == "name" else callee.get("name")
            if name in readers or (callee.get("t") == "member" and name in READ_SOURCES and name not in user_funcs):
                return True
    return False


def _reads_one_token(f, readers, user_funcs):
    if f.get("params") or not any(n.get("t") == "return" and n.get("e") is not None for n in walk(f.get("body"))):
        return False
    for n in walk(f.get("body")):
        t = n.get("t")
        if t == "call":
            callee = n["callee"]
            if (callee.get("id") if callee.get("t") == "name" else callee.get("name")) in (
                    "println", "print", "printf", "write", "flush"):
                return False
        elif t == "foreach":
            return False
        elif t in ("while", "do", "for"):
            cond = n.get("c")
            if cond is None or (cond.get("t") == "bool" and cond.get("v")) or _is_read(cond, readers, user_funcs):
                continue
            reread = {a["target"]["id"] for a in walk(n.get("body")) if a.get("t") == "assign"
                      and a["target"].get("t") == "name" and _is_read(a["value"], readers, user_funcs)}
            reread |= {d["name"] for d in walk(n.get("body")) if d.get("t") == "decl" and d.get("init")
                       and _is_read(d["init"], readers, user_funcs)}
            if not names_of(cond) & reread:
                return False
    return _is_read(f.get("body"), readers, user_funcs)


def compressing_find(f):
    """The parent array of a recursive union-find `find` with path compression
    (`return p[x] == x ? x : (p[x] = find(p[x]));`), or None: one parameter, every recursive call
    follows the parent link p[x], and its result is written back to p[x]."""
    params = [p["name"] for p in f.get("params", []) if p["name"] != "this"]
    if len(params) != 1:
        return None

    def link(e):
        return e.get("t") == "index" and e["obj"].get("t") == "name" and e["idx"].get("t") == "name" \
            and e["idx"]["id"] == params[0]
    calls = [n for n in walk(f.get("body")) if n.get("t") == "call" and n["callee"].get("t") == "name"
             and n["callee"]["id"] == f["name"]]
    if not calls or not all(len(c.get("args") or []) == 1 and link(c["args"][0]) for c in calls):
        return None
    parents = {c["args"][0]["obj"]["id"] for c in calls}
    if len(parents) != 1:
        return None
    (name,) = parents
    written = any(n.get("t") == "assign" and link(n["target"]) and n["target"]["obj"]["id"] == name
                  and any(c in calls for c in walk(n["value"])) for n in walk(f.get("body")))
    return name if written else None


def parent_walk(parents, x):
    """The same find as a loop: while p[x] != x: p[x] = p[p[x]]; x = p[x] (path halving, which costs
    what path compression costs: O(log n) amortized per find)."""
    def px(store_=False):
        return ast.Subscript(value=N(parents), slice=N(x), ctx=ast.Store() if store_ else ast.Load())
    return [ast.While(test=ast.Compare(left=px(), ops=[ast.NotEq()], comparators=[N(x)]), body=[
        ast.Assign(targets=[px(True)], value=ast.Subscript(value=N(parents), slice=px(), ctx=ast.Load()),
                   lineno=0),
        ast.Assign(targets=[ast.Name(id=x, ctx=ast.Store())], value=px(), lineno=0)], orelse=[]),
        ast.Return(value=N(x))]


def pure_size(c):
    """A call a loop bound may hold and still be evaluated once: a size, a square root, or the
    smaller or larger of values (Math.min(n, i + 20), std::min, a static-imported min), whose
    arguments the caller checks the loop leaves alone."""
    callee = c.get("callee") or {}
    if callee.get("t") == "member" and callee.get("name") in ("min", "max"):
        return (callee.get("obj") or {}).get("t") == "name" and callee["obj"].get("id") in ("Math", "std")
    if callee.get("t") == "name" and callee.get("id") in ("min", "max", "std::min", "std::max"):
        return True
    return callee.get("t") == "member" and callee.get("name") in ("size", "length", "sqrt")


def resizes(name, body):
    """Whether a loop's body adds to the collection `name` or removes from it. A bound on its size
    (i < q.size(), i < q.length) is then evaluated again on every pass, as Java, C++ and JavaScript
    do: a BFS over a list by index (q.add(v) inside) runs until the list stops growing, which
    range() evaluated once does not say."""
    return any(n.get("t") == "call" and n["callee"].get("t") == "member" and n["callee"]["name"] in RESIZING
               and n["callee"]["obj"].get("t") == "name" and n["callee"]["obj"]["id"] == name
               for n in walk(body))


# Methods whose result is a view or a list of a collection's items (Java): a constructor handed one
# copies those items (new ArrayList<>(map.keySet())), as it copies a collection named by a variable.
COLLECTION_VIEWS = {"keySet", "values", "entrySet", "navigableKeySet", "descendingKeySet", "descendingSet",
                    "asList", "subList", "headSet", "tailSet", "subSet", "headMap", "tailMap", "subMap", "toList"}


def collection_view(e):
    """Whether a model expression is a call of a collection view method (m.keySet(), Arrays.asList(a))."""
    callee = (e or {}).get("callee") or {}
    return e.get("t") == "call" and callee.get("t") == "member" and callee.get("name") in COLLECTION_VIEWS


def bit_length_from_zeros(e):
    """64 - (64 - (len(bin(n)) - 2)), what `64 - Long.numberOfLeadingZeros(n)` lowers to, is n's bit
    length, len(bin(n)) - 2; 63 - ... is one less. Written so, a loop bounded by it runs over n's bits
    (log n), as one bounded by Long.toBinaryString(n).length() does; any other expression is returned
    as it is."""
    r = e.right if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Sub) else None
    if isinstance(e.left, ast.Constant) and type(e.left.value) is int and isinstance(r, ast.BinOp) \
            and isinstance(r.op, ast.Sub) and isinstance(r.left, ast.Constant) and type(r.left.value) is int \
            and isinstance(r.right, ast.BinOp) and isinstance(r.right.left, ast.Call) \
            and getattr(r.right.left.func, "id", "") == "len" and r.right.left.args \
            and isinstance(r.right.left.args[0], ast.Call) and getattr(r.right.left.args[0].func, "id", "") == "bin":
        shift = r.left.value - e.left.value
        return r.right if shift == 0 else ast.BinOp(left=r.right, op=ast.Sub(), right=C(shift))
    return e


def plain_expression(e, names=None):
    """A model expression without calls, assignments, increments or objects: arithmetic and
    comparisons of names (of `names`, when given) and literals, which can be copied without changing
    what the program does."""
    for n in walk(e):
        t = n.get("t")
        if t not in ("name", "num", "bin", "un", "cond", "bool", "index") or (
                t == "un" and n["op"] in ("post++", "post--", "++pre", "--pre")):
            return False
        if t == "name" and (n["id"] == "this" or (names is not None and n["id"] not in names)):
            return False
    return True


def substitute(e, values):
    """A copy of the model expression e with each name of `values` replaced by its value."""
    if isinstance(e, list):
        return [substitute(x, values) for x in e]
    if not isinstance(e, dict):
        return e
    if e.get("t") == "name" and e["id"] in values:
        return copy.deepcopy(values[e["id"]])
    return {k: substitute(v, values) for k, v in e.items()}


# Key types with a few values only: a character, a boolean, a byte.
SMALL_KEYS = {"Character", "Boolean", "Byte", "char", "bool"}


def small_key_hash_type(*type_names):
    """TreeMap<Character, Integer> -> HashMap<Character, Integer>: a sorted map or set whose keys are
    characters (or booleans, bytes) holds at most an alphabet of them, so each of its operations is
    O(1) (log of a constant) and it never grows with the input. Lowered as the hash container of the
    same keys, whose cost and size the analyzer knows through its keys (a dictionary keyed by the
    characters of a text). The first type of the names given that says its type arguments decides
    (`new TreeMap<>()` says none; its declaration does). None when it is no such container."""
    fam = next((family(t) for t in type_names if family(t)), None)
    if fam not in ("TreeMap", "TreeSet", "SortedMap", "SortedSet", "NavigableMap", "NavigableSet"):
        return None
    for t in type_names:
        if t and "<" in t and ">" in t:
            args = t[t.index("<") + 1:t.rindex(">")]
            key = args.split(",", 1)[0].strip()
            if key in SMALL_KEYS:
                return ("HashMap<" if "Map" in fam else "HashSet<") + args + ">"
            if key:
                return None
    return None

