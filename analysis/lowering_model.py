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
