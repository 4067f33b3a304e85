"""Library calls of the lowering (see lowering.py): each language's sorting, ordered and hash
containers, heaps, deques, lists, string builders, strings, Math and output calls, as the Python call of
the same cost. A mixin of lowering.Lowering: it uses the lowering's types and expr()."""
import ast
import copy

try:
    from lowering_model import (BUILDER, DEQUE, HASH, HEAP, JS_ARRAY, LIST, MATH, READ_SOURCES, SORTED, STRING,
                                WRITERS, C, N, call, declared_once, family, ident, meth, used_only_where, walk)
except ImportError:
    pass  # the bundled script: lowering_model.py is earlier in the same file


# Java streams: the classes that start one, and the operations a pipeline chains (each a pass over
# the items, or less).
STREAM_SOURCES = {"IntStream", "LongStream", "DoubleStream", "Stream"}
STREAM_OPS = {"map", "filter", "mapToInt", "mapToLong", "mapToDouble", "mapToObj", "boxed", "sorted", "distinct",
              "limit", "skip", "peek", "parallel", "sequential", "asLongStream", "asDoubleStream", "flatMap"}


_PRINTS = ("print", "println", "printf", "format", "write")

# Math's methods that are an arithmetic operator on their two arguments.
_MATH_ARITHMETIC = {"floorDiv": ast.FloorDiv, "floorMod": ast.Mod, "addExact": ast.Add, "subtractExact": ast.Sub,
                    "multiplyExact": ast.Mult}


def java_output_buffers(program):
    """StringBuilders the program only appends to and prints (`sb.append(ans).append('\\n')` per test
    case, `System.out.print(sb)` once at the end): Java's other buffered writer, as PrintWriter is.
    What is appended is output, so a loop that appends its answers is per test case as one that
    prints them is. A builder read any other way (its length, a character, reversed, returned,
    passed to a method, its text kept in a variable) is a string being built, not a buffer."""
    candidates = declared_once(program, lambda d: family(d.get("type")) in BUILDER
                               and (d.get("init") or {}).get("t") == "new" and not d["init"].get("args"))
    if not candidates:
        return set()
    def printing(node):
        callee = node.get("callee") or {}
        return node.get("t") == "call" and callee.get("t") == "member" and callee["name"] in _PRINTS

    def allowed(node, parents):
        parent = parents[-1]
        if printing(parent) and node in (parent.get("args") or []):
            return True  # System.out.print(sb)
        if not (parent.get("t") == "member" and len(parents) >= 2 and parents[-2].get("callee") is parent):
            return False
        method, up = parent["name"], parents[:-2]
        if method == "toString":
            return bool(up) and printing(up[-1]) and parents[-2] in (up[-1].get("args") or [])  # println(sb.toString())
        if method != "append":
            return False
        # sb.append(a).append(b)...: a chain of appends whose value is dropped.
        while len(up) >= 2 and up[-1].get("t") == "member" and up[-1]["name"] == "append" \
                and up[-2].get("callee") is up[-1]:
            up = up[:-2]
        return bool(up) and up[-1].get("t") == "expr"

    return used_only_where(program, candidates, allowed)


def java_writer_classes(classes):
    """The program's classes that are themselves a writer to the standard output: a constructor that
    hands System.out to super (class FastIO extends PrintWriter { FastIO() { super(new
    BufferedOutputStream(System.out)); } }), the reader-and-writer templates. Their print, println
    and printf are the inherited PrintWriter's output, so a loop printing through one is per test
    case as one printing through a PrintWriter is; read as a user object's methods, they were not."""
    def prints_to_stdout(e):
        return any(n.get("t") == "member" and n.get("name") == "out" and (n.get("obj") or {}).get("id") == "System"
                   for n in walk(e))

    return {c.get("name", "") for c in classes for m in c.get("members", [])
            if m.get("t") == "func" and m.get("name") in ("__init__", c.get("name"))
            for n in walk(m.get("body")) if n.get("t") == "call" and (n.get("callee") or {}).get("id") == "super"
            and prints_to_stdout(n.get("args"))}


def java_number_texts(program, readers):
    """Strings read from the input that the program parses as an int or a long (`String s = in.next();
    long n = Long.parseLong(s);`): a token that parseLong accepts is the text of a number, log n
    digits, so a loop over its characters walks the digits of n, not n items. Only variables declared
    once, initialised by a read and never assigned again."""
    def read_call(e):
        callee = (e or {}).get("callee") or {}
        name = callee.get("name") if callee.get("t") == "member" else callee.get("id")
        return (e or {}).get("t") == "call" and not e.get("args") and (name in READ_SOURCES or name in readers)

    candidates = declared_once(program, lambda d: family(d.get("type")) in STRING and read_call(d.get("init")))
    if not candidates:
        return set()
    parsed, assigned = set(), set()
    for n in walk(program):
        callee = n.get("callee") or {}
        if n.get("t") == "call" and callee.get("t") == "member" and callee["name"] in ("parseInt", "parseLong", "valueOf") \
                and (callee["obj"].get("id") in ("Integer", "Long")) and len(n.get("args") or []) == 1 \
                and n["args"][0].get("t") == "name":
            parsed.add(n["args"][0]["id"])
        elif n.get("t") == "assign" and n["target"].get("t") == "name":
            assigned.add(n["target"]["id"])
    return candidates & parsed - assigned


def number_text_value(name):
    """The name the lowering gives the number a number text holds (`String s = in.next(); long n =
    Long.parseLong(s);`): parsing the text gives back the number read, as large as the input says,
    while the text has its log n digits. Parsed as int(s), the number took the text's size, and a
    loop that divides it by 10 ran log log n times, a constant."""
    return ident(name) + "_number"


def one_bit_of(name, x):
    """Integer.lowestOneBit(x) is x & -x; highestOneBit(x) is 1 << (len(bin(x)) - 3) (x > 0): the
    same values, written so that `k -= Long.highestOneBit(k)` reads as a loop that clears a bit of k
    per pass, log k passes. Lowered as int(x), the pass took away k itself and the loop read as a
    walk of unknown length."""
    if name == "lowestOneBit":
        return ast.BinOp(left=x, op=ast.BitAnd(), right=ast.UnaryOp(op=ast.USub(), operand=copy.deepcopy(x)))
    width = ast.BinOp(left=call("len", call("bin", x)), op=ast.Sub(), right=C(3))
    return ast.BinOp(left=C(1), op=ast.LShift(), right=width)



def builder_cut(target, length):
    """sb.setLength(k): the builder cut back to its first k characters. sb.setLength(sb.length() - 1)
    takes off the last one (a stack of characters popped, or a trailing separator dropped), which is
    `sb.pop()`; setLength(0) empties it, `sb.clear()`; any other length drops the tail, `del sb[k:]`.
    Left a call of an unknown method, a loop that pops by it was not seen to shrink the builder."""
    if isinstance(length, ast.Constant) and length.value == 0:
        return meth(target, "clear")
    if isinstance(length, ast.BinOp) and isinstance(length.op, ast.Sub) and isinstance(length.right, ast.Constant) \
            and length.right.value == 1 and isinstance(length.left, ast.Call) \
            and getattr(length.left.func, "id", "") == "len" and length.left.args \
            and ast.dump(length.left.args[0]) == ast.dump(target):
        return meth(target, "pop")
    return ast.Delete(targets=[ast.Subscript(value=target, slice=ast.Slice(lower=length), ctx=ast.Del())], lineno=0)

class LibraryCalls:
    def java_buffer_call(self, obj, name, args):
        """An output buffer's append (each link of a chain) is a print; the buffer printed is nothing
        more to print."""
        root = obj
        while root.get("t") == "call" and (root.get("callee") or {}).get("t") == "member":
            root = root["callee"]["obj"]
        if root.get("t") != "name" or root["id"] not in self.java_buffers:
            return None
        if name == "toString" and obj is root:
            return C("")
        if name != "append":
            return None
        items = [self.expr(a) for a in args]
        while obj.get("t") == "call":
            items = [self.expr(a) for a in obj.get("args") or []] + items
            obj = obj["callee"]["obj"]
        return call("print", *items)

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
        if owner == "String" and name == "format" and a:
            # String.format("%02d:%02d", h, m) makes a text and prints nothing: as a value (a key, an
            # item stored) it is no output, so a loop that reads and formats is no test-case loop.
            # (PrintWriter.format and printf print, below.)
            return ast.BinOp(left=a[0], op=ast.Mod(), right=ast.Tuple(elts=a[1:], ctx=ast.Load()))
        if (name in ("println", "print", "printf", "format", "write", "flush", "close") and
                family(self.type_of(obj)) not in ((self.user_classes - self.writer_classes) | LIST | HASH | SORTED)) or \
                (name == "append" and family(self.type_of(obj)) in WRITERS):
            return call("print", *[x for x in a if not isinstance(x, ast.Constant)] or [])
        if owner == "Math" or owner == "StrictMath":
            if name == "pow":
                return ast.BinOp(left=a[0], op=ast.Pow(), right=a[1]) if len(a) == 2 else C(0)
            if name in _MATH_ARITHMETIC and len(a) == 2:
                # Math.floorDiv(n, 2) is n // 2 (the halving a loop counts), Math.multiplyExact(a, b)
                # is a * b: the operator, not an int() of the first argument.
                return ast.BinOp(left=a[0], op=_MATH_ARITHMETIC[name](), right=a[1])
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
            if name == "numberOfLeadingZeros" and len(a) == 1:
                # 64 - Long.numberOfLeadingZeros(n) is n's bit length, the length of its binary text
                # (as Long.toBinaryString(n).length(), bin(n) without "0b"): the zeros are the width less it.
                bits = ast.BinOp(left=call("len", call("bin", a[0])), op=ast.Sub(), right=C(2))
                return ast.BinOp(left=C(64 if owner == "Long" else 32), op=ast.Sub(), right=bits)
            if name in ("lowestOneBit", "highestOneBit") and len(a) == 1 and owner in ("Integer", "Long"):
                return one_bit_of(name, a[0])
            if a and ((owner == "String" and name in ("valueOf", "copyValueOf")) or (
                    owner not in ("String", "Objects", "Boolean") and name == "toString")):
                # The text of a number has log n digits (str(n)); the text of a char[] has its length.
                if (self.type_of(args[0]) or "").endswith("]"):
                    return meth(C(""), "join", a[0])
                return call("str", a[0])
            if name == "join":
                return meth(C(""), "join", *a[1:])
            if name in ("parseInt", "parseLong", "valueOf") and len(args) == 1 and args[0].get("t") == "name" \
                    and args[0]["id"] in self.number_texts:
                return N(number_text_value(args[0]["id"]))  # the number the text was read from
            return call("int", *a[:1]) if a else C(0)
        big = self.big_number_call(obj, name, a)
        if big is not None:
            return big
        if owner in STREAM_SOURCES or self.is_stream(obj):
            lib = self.stream_call(owner, name, a, self.expr(obj))
            if lib is not None:
                return lib
        fam = family(self.type_of(obj))
        if fam in self.user_classes and self.lang == "java":
            # The program's own class named like a library one (a geometry `Vector`, a hand-made
            # `Stack`): its methods are the program's, which the caller runs.
            return None
        target = self.expr(obj)
        if fam in SORTED:
            return self.sorted_call(target, name, a)
        if fam in HEAP:
            return self.heap_call(target, name, a)
        if fam in HASH:
            return self.hash_call(target, name, a, "Set" in fam or fam.endswith("set"))
        if fam in DEQUE:
            return self.deque_call(target, name, a)
        if fam in LIST and name == "remove" and len(args) == 1 and self.lang == "java" and self.boxed(args[0]):
            # list.remove(Integer.valueOf(x)): the item equal to x, found by a scan (remove(int) is by index).
            return meth(target, "remove", a[0])
        if fam in BUILDER and name == "setLength" and len(a) == 1:
            return builder_cut(target, a[0])
        if fam in LIST or fam in BUILDER or (fam is None and self.lang == "javascript" and name in JS_ARRAY):
            return self.list_call(target, name, a)
        if fam in STRING or (fam is None and name in ("charAt", "charCodeAt", "codePointAt", "substring",
                                                      "toCharArray", "equals", "length", "indexOf", "split",
                                                      "trim")):
            return self.string_call(target, name, a)
        if fam is None and self.type_of(obj) and self.type_of(obj).endswith("]") and name == "clone":
            return ast.Subscript(value=target, slice=ast.Slice(), ctx=ast.Load())
        return None

    def big_number_call(self, obj, name, a):
        """BigInteger's x.modPow(e, m) is pow(x, e, m): square-and-multiply on numbers kept below m, log e
        multiplications, as Python's own. (x.pow(k) is no such thing: its result has k times the digits
        of x, so it stays a call of unknown cost.)"""
        if name in self.user_funcs:
            return None
        if name == "modPow" and len(a) == 2:
            return call("pow", self.expr(obj), a[0], a[1])
        if name == "bitLength" and not a:
            # x.bitLength() is the length of x's binary text, len(bin(x)) - 2: a loop up to it walks
            # the bits of a number read from the input (log n passes), not a constant few.
            return ast.BinOp(left=call("len", call("bin", self.expr(obj))), op=ast.Sub(), right=C(2))
        if name == "testBit" and len(a) == 1:
            return ast.BinOp(left=ast.BinOp(left=self.expr(obj), op=ast.RShift(), right=a[0]), op=ast.BitAnd(),
                             right=C(1))  # one bit: x >> i & 1
        if name in ("shiftRight", "shiftLeft") and len(a) == 1:
            # x = x.shiftRight(1) halves x as x >>= 1 does.
            return ast.BinOp(left=self.expr(obj), op=ast.RShift() if name == "shiftRight" else ast.LShift(),
                             right=a[0])
        return None

    def boxed(self, e):
        """Whether a Java argument is an object rather than an int: Integer.valueOf(x), new Integer(x),
        or a variable declared Integer, Long, String or of a class (the overload List.remove picks)."""
        if e.get("t") == "call" and (e.get("callee") or {}).get("t") == "member" and e["callee"]["name"] == "valueOf":
            return (e["callee"]["obj"].get("id") or "") in ("Integer", "Long", "Character", "Short", "Byte")
        if e.get("t") == "new":
            return True
        declared = self.type_of(e) if e.get("t") == "name" else None
        return bool(declared) and declared not in ("int", "long", "short", "byte", "char", "var")

    def collections_call(self, name, a):
        if name in ("sort", "parallelSort") and len(a) >= 3:
            # Arrays.sort(a, from, to[, cmp]) sorts that range only: a[from:to] = sorted(a[from:to]),
            # k log k for a range of k items (a first row of 5, a 1-based a[1..n]).
            part = ast.Slice(lower=a[1], upper=a[2])
            return ast.Assign(targets=[ast.Subscript(value=a[0], slice=part, ctx=ast.Store())],
                              value=call("sorted", ast.Subscript(value=a[0], slice=copy.deepcopy(part),
                                                                 ctx=ast.Load())), lineno=0)
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
        if name == "asList" and len(a) > 1:
            # Arrays.asList(1, 2, 3): the items written out, not a copy of the first.
            return ast.List(elts=a, ctx=ast.Load())
        if name in ("asList", "stream", "copyOf", "copyOfRange", "toString", "deepToString", "hashCode"):
            return call("list", a[0]) if a else ast.List(elts=[], ctx=ast.Load())
        if name in ("binarySearch",) and a:
            return meth(ast.Name(id="bisect", ctx=ast.Load()), "bisect_left", *a[:2])
        if name == "equals" and len(a) == 2:
            # Arrays.equals(a, b) walks both arrays: the comparison of a copy of one, linear (the
            # analyzer prices a bare == as one step, the convention for words and numbers).
            return ast.Compare(left=call("list", a[0]), ops=[ast.Eq()], comparators=[a[1]])
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
        if name == "toArray":
            # ts.toArray(new Integer[0]): the items copied out, as many as the set holds (it was
            # taken for a search, log n).
            return call("list", target)
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
        if name == "toArray":
            return call("list", target)  # the heap's items copied out, in its array's order
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
        if name in ("charAt", "charCodeAt", "codePointAt") and a:
            # The code of a character is that character as a number, as a Java char is in arithmetic
            # (c - '0'): JavaScript's s.charCodeAt(i) is s.charAt(i) summed or compared.
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
        if name == "concat" and a:
            # s.concat(t) is s + t: a new string, copying s (t = t.concat("x") in a loop is t = t + "x").
            return ast.BinOp(left=target, op=ast.Add(), right=a[0])
        return None

    @staticmethod
    def is_stream(e):
        """Whether e is a Java stream: xs.stream(), s.chars(), Arrays.stream(a), IntStream.range(...), or
        one of those followed by pipeline operations."""
        while e.get("t") == "call" and e["callee"].get("t") == "member":
            name, inner = e["callee"]["name"], e["callee"]["obj"]
            if name in ("stream", "chars") or (inner.get("t") == "name" and inner["id"] in STREAM_SOURCES):
                return True
            if name not in STREAM_OPS:
                return False
            e = inner
        return False

    def stream_call(self, owner, name, a, target):
        """A stream operation as the Python call of the same cost: sorted() sorts, sum()/count()/max()
        and the matches pass once, map/filter pass once (the generic map above), collect() copies."""
        if owner in STREAM_SOURCES:
            if name in ("range", "rangeClosed") and len(a) == 2:
                stop = a[1] if name == "range" else ast.BinOp(left=a[1], op=ast.Add(), right=C(1))
                return call("range", a[0], stop)
            if name == "of":
                return ast.List(elts=a, ctx=ast.Load())
            return None
        if name == "sorted":
            return call("sorted", target)
        if name == "distinct":
            return call("list", call("set", target))
        if name in ("sum", "average", "reduce"):
            return call("sum", target)
        if name in ("max", "min"):
            return call(name, target)
        if name == "count":
            return call("len", target)
        if name in ("anyMatch", "allMatch", "noneMatch") and a:
            return call("any" if name != "allMatch" else "all", call("map", a[0], target))
        if name in ("mapToInt", "mapToLong", "mapToDouble", "mapToObj") and a:
            return call("list", call("map", a[0], target))
        if name == "limit" and a:
            return ast.Subscript(value=target, slice=ast.Slice(upper=a[0]), ctx=ast.Load())
        if name == "skip" and a:
            return ast.Subscript(value=target, slice=ast.Slice(lower=a[0]), ctx=ast.Load())
        if name in ("toArray", "collect", "toList"):
            return call("list", target)
        if name in ("boxed", "parallel", "sequential", "peek", "asLongStream", "asDoubleStream", "findFirst",
                    "findAny", "getAsInt", "getAsLong", "getAsDouble", "orElse", "iterator"):
            return target
        return None
