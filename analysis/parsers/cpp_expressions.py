"""Expressions of the C++ parser (cpp_tree_dump.py): clang's expression cursors as the program model's
expressions (name, num, str, bin, un, assign, call, member, index, new, newarray, cond, lambda), with
`cin >> x` and scanf as reads of the input and `cout << x` as output. A mixin of cpp_tree_dump.Dumper."""
try:
    from cpp_clang import INTEGRAL, SEQUENCES, K, cindex, family_of, is_expr
except ImportError:
    pass  # the bundled script: cpp_clang.py is earlier in the same file


OPERATORS = {"=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^=", "+", "-", "*", "/", "%", "<<",
             ">>", "&", "|", "^", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "and", "or", ",", "->*", ".*"}


class Expressions:
    def expr(self, c):
        if c is None:
            return None
        handler = EXPRESSIONS.get(c.kind)
        if handler is None:
            kids = list(c.get_children())
            exprs = [x for x in kids if is_expr(x)]
            if len(exprs) == 1:
                return self.expr(exprs[0])
            if exprs and c.kind == K.UNEXPOSED_EXPR:
                # What clang could not type (a RecoveryExpr) keeps its operands: the source between the
                # first two says whether it was a ?:, an operator or a call.
                between = self.operator_between(exprs[0], exprs[1]) if len(exprs) > 1 else ""
                if len(exprs) == 3 and between.startswith("?"):
                    return {"t": "cond", "c": self.expr(exprs[0]), "a": self.expr(exprs[1]), "b": self.expr(exprs[2])}
                if len(exprs) == 2 and between in OPERATORS:
                    return self.binary(between, exprs[0], exprs[1])
                return self.call_parts(exprs[0], exprs[1:], c)
            return {"t": "other", "kind": c.kind.name}
        return handler(self, c)

    def ref_name(self, c):
        """The name a reference spells; in a template, the name of its overload set."""
        name = c.spelling
        if not name and c.kind == K.DECL_REF_EXPR:
            for x in c.get_children():
                if x.kind == K.OVERLOADED_DECL_REF:
                    return x.spelling
        return name

    def e_name(self, c):
        name = self.ref_name(c)
        if not name:
            kids = [x for x in c.get_children() if is_expr(x)]
            return self.expr(kids[0]) if kids else {"t": "other", "kind": "name"}
        return {"t": "name", "id": name}

    def literal_text(self, c):
        a, b = self.span(c)
        return self.between(a, b)

    def e_int(self, c):
        text = self.literal_text(c).replace("'", "").rstrip("uUlL")
        try:
            return {"t": "num", "v": int(text, 0) if not (len(text) > 1 and text[0] == "0" and text.isdigit())
                    else int(text, 8)}
        except ValueError:
            return {"t": "num", "v": 0}

    def e_float(self, c):
        text = self.literal_text(c).rstrip("fFlL")
        try:
            return {"t": "num", "v": float(text)}
        except ValueError:
            return {"t": "num", "v": 0.0}

    def e_str(self, c):
        text = self.literal_text(c)
        return {"t": "str", "v": text[1:-1] if len(text) >= 2 else ""}

    def e_char(self, c):
        text = self.literal_text(c)
        return {"t": "str", "v": text[1:-1] if len(text) >= 2 else ""}

    def e_bool(self, c):
        return {"t": "bool", "v": self.literal_text(c) == "true"}

    def e_null(self, c):
        return {"t": "null"}

    def e_this(self, c):
        return {"t": "name", "id": "this"}

    def e_paren(self, c):
        kids = list(c.get_children())
        return self.expr(kids[0]) if kids else None

    def operator_between(self, left, right):
        """The operator of a binary expression: the source between its operands."""
        text = self.between(self.span(left)[1], self.span(right)[0]).strip()
        while text.startswith(")"):
            text = text[1:].strip()
        while text.endswith("("):
            text = text[:-1].strip()
        return text

    def e_bin(self, c):
        kids = list(c.get_children())
        if len(kids) != 2:
            return {"t": "other", "kind": "bin"}
        op = self.operator_between(kids[0], kids[1])
        if op not in OPERATORS:
            # Expanded from a macro (#define rep(i, n) for (int i = 0; i < (n); ++i)): the source
            # locations are the macro's use, which does not show the operator, and libclang 14 does
            # not tell it. A comparison is taken for the loop test it nearly always is.
            op = "+=" if c.kind == K.COMPOUND_ASSIGNMENT_OPERATOR else \
                "<" if c.type.kind == cindex.TypeKind.BOOL else "+"
        return self.binary(op, kids[0], kids[1])

    def binary(self, op, left, right):
        if op in ("=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="):
            return {"t": "assign", "op": op, "target": self.expr(left), "value": self.expr(right)}
        if op == "and":
            op = "&&"
        elif op == "or":
            op = "||"
        return {"t": "bin", "op": op, "l": self.expr(left), "r": self.expr(right)}

    def e_un(self, c):
        kids = [x for x in c.get_children() if is_expr(x)]
        if not kids:
            return {"t": "other", "kind": "unary"}
        text = self.literal_text(c)
        inner = self.expr(kids[0])
        if text.startswith("++") or text.startswith("--"):
            return {"t": "un", "op": text[:2] + "pre", "e": inner}
        if text.endswith("++") or text.endswith("--"):
            return {"t": "un", "op": "post" + text[-2:], "e": inner}
        if text.startswith("not"):
            return {"t": "un", "op": "!", "e": inner}
        if text[:1] in ("-", "!", "~"):
            return {"t": "un", "op": text[:1], "e": inner}
        if self.span(c) == self.span(kids[0]) and self.integral(c):
            # Expanded from a macro (see e_bin): an integer-valued unary operator there is nearly
            # always the increment of a loop macro.
            return {"t": "un", "op": "++pre", "e": inner}
        return inner  # *p, &x, +x, sizeof: the operand's cost

    def e_cond(self, c):
        kids = list(c.get_children())
        if len(kids) != 3:
            return {"t": "other", "kind": "cond"}
        return {"t": "cond", "c": self.expr(kids[0]), "a": self.expr(kids[1]), "b": self.expr(kids[2])}

    def e_index(self, c):
        kids = list(c.get_children())
        return {"t": "index", "obj": self.expr(kids[0]), "idx": self.expr(kids[1])} if len(kids) == 2 \
            else {"t": "other", "kind": "index"}

    def e_member(self, c):
        kids = [x for x in c.get_children() if is_expr(x)]
        name = c.spelling
        if not kids:
            return {"t": "name", "id": name}  # a member of this class, named without this->
        return {"t": "member", "obj": self.expr(kids[0]), "name": name}

    def e_cast(self, c):
        kids = [x for x in c.get_children() if is_expr(x)]
        return self.expr(kids[-1]) if kids else {"t": "other", "kind": "cast"}

    def e_lambda(self, c):
        params, body = [], []
        for x in c.get_children():
            if x.kind == K.PARM_DECL:
                params.append(x.spelling)
            elif x.kind == K.COMPOUND_STMT:
                body = self.stmts(x)
        return self.at(c, {"t": "lambda", "params": params, "body": body})

    def e_new(self, c):
        kids = [x for x in c.get_children() if is_expr(x)]
        if c.type.get_pointee().kind != cindex.TypeKind.INVALID and "[" in self.literal_text(c):
            return self.at(c, {"t": "newarray", "type": "", "dims": [self.expr(k) for k in kids[:1]], "init": None})
        return self.at(c, {"t": "new", "type": self.type_name(c.type.get_pointee()),
                           "args": [self.expr(k) for k in kids]})

    def e_init_list(self, c):
        return self.at(c, {"t": "newarray", "type": "", "dims": [],
                           "init": [self.expr(x) for x in c.get_children() if is_expr(x)]})

    def e_call(self, c):
        kids = list(c.get_children())
        ref = c.referenced
        if ref is not None and ref.kind == K.CONSTRUCTOR:
            return self.construct(c, [x for x in kids if is_expr(x)])
        name = c.spelling
        exprs = [x for x in kids if is_expr(x)]
        if not name:
            # A call in a template whose operator is not resolved yet (a % b with a of type T).
            name = next((self.ref_name(x) for x in exprs if x.kind == K.DECL_REF_EXPR and
                         self.ref_name(x).startswith("operator")), "")
        if name.startswith("operator") and name[8:9] in "<>=!+-*/%[]&|^(~,":
            return self.operator_call(c, name[8:].strip(), exprs)
        if not exprs:
            return self.at(c, {"t": "call", "callee": {"t": "name", "id": name or "_"}, "args": []})
        return self.call_parts(exprs[0], exprs[1:], c)

    def construct(self, c, kids):
        """A constructor call. vector<int> a(n) and vector<vector<int>> g(n, vector<int>(m)) are arrays
        of n (by m) items, as `new int[n][m]` is in Java; other constructors are `new` of their type."""
        type_name = self.type_name(c.type)
        if kids and family_of(type_name) in SEQUENCES and self.integral(kids[0]):
            dims = [self.expr(kids[0])]
            if len(kids) > 1:
                inner = self.callee_of(kids[1])
                if inner.kind == K.CALL_EXPR and inner.referenced is not None \
                        and inner.referenced.kind == K.CONSTRUCTOR:
                    nested = self.construct(inner, [x for x in inner.get_children() if is_expr(x)])
                    if nested.get("t") == "newarray":
                        dims += nested["dims"]
            return self.at(c, {"t": "newarray", "type": type_name, "dims": dims, "init": None})
        args = [self.expr(x) for x in kids]
        if len(args) == 1 and family_of(type_name) in SEQUENCES and args[0].get("t") == "newarray" \
                and args[0].get("init") is not None:
            # vector<int>{a, b, c}, or {a, b, c} passed for a `const vector<int> &`: the items written
            # out, as Java's `new int[] {a, b, c}` and a JavaScript array literal are.
            return dict(args[0], type=type_name)
        if len(kids) == 2 and family_of(type_name) in SEQUENCES and not self.integral(kids[0]):
            ranged = self.range_slice(args[0], args[1])
            if ranged is not None:
                return self.at(c, ranged)
        if not args and not type_name:
            return {"t": "other", "kind": "construct"}
        if len(args) == 1 and not type_name:
            return args[0]
        return self.at(c, {"t": "new", "type": type_name, "args": args})

    @staticmethod
    def range_slice(first, last):
        """vector<T>(a.begin() + i, a.begin() + j): a[i:j], as the model's slice call (subList)."""
        def split(e):
            offset = None
            while e and e.get("t") == "bin" and e.get("op") == "+":
                offset = e["r"] if offset is None else {"t": "bin", "op": "+", "l": e["r"], "r": offset}
                e = e["l"]
            if e and e.get("t") == "call" and e["callee"].get("t") == "member" \
                    and e["callee"]["name"] in ("begin", "end"):
                return e["callee"]["obj"], e["callee"]["name"], offset
            if e and e.get("t") == "name":
                return e, "begin", offset  # a plain array: a, a + n
            return None, None, None
        base, lo_end, lo = split(first)
        other, hi_end, hi = split(last)
        if base is None or other is None or base != other:
            return None
        lower = lo if lo is not None else {"t": "num", "v": 0}
        if lo_end == "end":
            return None
        upper = hi if hi_end == "begin" and hi is not None else None
        args = [lower] if upper is None else [lower, upper]
        return {"t": "call", "callee": {"t": "member", "obj": base, "name": "subList"}, "args": args}

    @staticmethod
    def floating(c):
        t = c.type.get_canonical()
        if t.kind in (cindex.TypeKind.LVALUEREFERENCE, cindex.TypeKind.RVALUEREFERENCE):
            t = t.get_pointee().get_canonical()
        return t.kind in (cindex.TypeKind.FLOAT, cindex.TypeKind.DOUBLE, cindex.TypeKind.LONGDOUBLE)

    def integral(self, c):
        t = c.type.get_canonical()
        if t.kind in (cindex.TypeKind.LVALUEREFERENCE, cindex.TypeKind.RVALUEREFERENCE):
            t = t.get_pointee().get_canonical()
        return t.kind in INTEGRAL

    def callee_of(self, c):
        """The callee expression under implicit conversions."""
        while c.kind == K.UNEXPOSED_EXPR:
            kids = [x for x in c.get_children() if is_expr(x)]
            if len(kids) != 1:
                break
            c = kids[0]
        return c

    def call_parts(self, callee, args, c):
        callee = self.callee_of(callee)
        a = [self.expr(x) for x in args]
        if callee.kind == K.MEMBER_REF_EXPR:
            obj = [x for x in callee.get_children() if is_expr(x)]
            if obj and callee.spelling.startswith("operator "):
                return self.expr(obj[0])  # a conversion: (long long) a.size()
            if not obj:
                target = {"t": "name", "id": callee.spelling}
            else:
                target = {"t": "member", "obj": self.expr(obj[0]), "name": callee.spelling}
        elif callee.kind in (K.DECL_REF_EXPR, K.OVERLOADED_DECL_REF):
            target = {"t": "name", "id": self.ref_name(callee)}
            if callee.spelling in ("scanf", "gets", "fgets", "getline", "fscanf"):
                return self.reads(args[1:] if callee.spelling in ("scanf", "getline") else args[:1] if
                                  callee.spelling in ("gets", "fgets") else args[2:], c)
        else:
            target = self.expr(callee)
        return self.at(c, {"t": "call", "callee": target, "args": a})

    def reads(self, targets, c):
        """scanf("%d", &x), cin >> x, getline(cin, s): each target (a cursor) gets one token of the
        input, a number for a variable of integral type."""
        out = None
        for x in targets:
            if x is None:
                continue
            target = self.expr(x)
            if target and target.get("t") == "un" and target.get("op") not in ("-", "!", "~"):
                target = target["e"]
            read = "nextInt" if self.integral(x) or self.integral(self.pointee(x)) else \
                "nextDouble" if self.floating(x) or self.floating(self.pointee(x)) else "next"
            step = {"t": "assign", "op": "=", "target": target, "value": self.at(c, {
                "t": "call", "callee": {"t": "member", "obj": {"t": "name", "id": "cin"}, "name": read},
                "args": []})}
            out = step if out is None else {"t": "bin", "op": ",", "l": out, "r": step}
        return out if out is not None else self.at(c, {"t": "call", "callee": {
            "t": "member", "obj": {"t": "name", "id": "cin"}, "name": "next"}, "args": []})

    def pointee(self, c):
        """&x of scanf's arguments: x."""
        c = self.callee_of(c)
        if c.kind == K.UNARY_OPERATOR:
            kids = [x for x in c.get_children() if is_expr(x)]
            if kids:
                return kids[0]
        return c

    def stream_chain(self, c, op):
        """cin >> a >> b (or cout << a << b): the stream at the left end and the operands in order."""
        operands = []
        node = c
        while True:
            node = self.callee_of(node)
            if node.kind == K.CALL_EXPR and node.spelling == "operator" + op:
                exprs = [x for x in node.get_children() if is_expr(x)]
                exprs = [x for x in exprs if not (self.callee_of(x).kind == K.DECL_REF_EXPR and
                                                  self.callee_of(x).spelling == "operator" + op)]
                if len(exprs) != 2:
                    return None, []
                operands.insert(0, exprs[1])
                node = exprs[0]
                continue
            return node, operands

    def operator_call(self, c, op, exprs):
        # The callee (a reference to the operator function) is one of the children: leave it out.
        exprs = [x for x in exprs if not (self.callee_of(x).kind == K.DECL_REF_EXPR and
                                          self.ref_name(self.callee_of(x)).startswith("operator"))]
        if op in (">>", "<<") and len(exprs) == 2:
            stream, operands = self.stream_chain(c, op)
            if stream is not None and stream.kind == K.DECL_REF_EXPR and stream.spelling in ("cin", "cout", "cerr"):
                if stream.spelling == "cin":
                    return self.reads(operands, c)
                return self.at(c, {"t": "call", "callee": {"t": "name", "id": "printf"},
                                   "args": [self.expr(x) for x in operands]})
        if op == "[]" and len(exprs) == 2:
            return {"t": "index", "obj": self.expr(exprs[0]), "idx": self.expr(exprs[1])}
        if op == "()" and exprs:
            return self.call_parts(exprs[0], exprs[1:], c)
        if op in ("++", "--") and exprs:
            text = self.literal_text(c)
            return {"t": "un", "op": op + "pre" if text.startswith(op) else "post" + op, "e": self.expr(exprs[0])}
        if len(exprs) == 1:
            if op in ("-", "!", "~"):
                return {"t": "un", "op": op, "e": self.expr(exprs[0])}
            return self.expr(exprs[0])
        if len(exprs) == 2:
            return self.binary(op, exprs[0], exprs[1])
        return {"t": "other", "kind": "operator"}


EXPRESSIONS = {
    K.DECL_REF_EXPR: Expressions.e_name,
    K.OVERLOADED_DECL_REF: Expressions.e_name,
    K.INTEGER_LITERAL: Expressions.e_int,
    K.FLOATING_LITERAL: Expressions.e_float,
    K.STRING_LITERAL: Expressions.e_str,
    K.CHARACTER_LITERAL: Expressions.e_char,
    K.CXX_BOOL_LITERAL_EXPR: Expressions.e_bool,
    K.CXX_NULL_PTR_LITERAL_EXPR: Expressions.e_null,
    K.CXX_THIS_EXPR: Expressions.e_this,
    K.PAREN_EXPR: Expressions.e_paren,
    K.BINARY_OPERATOR: Expressions.e_bin,
    K.COMPOUND_ASSIGNMENT_OPERATOR: Expressions.e_bin,
    K.UNARY_OPERATOR: Expressions.e_un,
    K.CONDITIONAL_OPERATOR: Expressions.e_cond,
    K.ARRAY_SUBSCRIPT_EXPR: Expressions.e_index,
    K.MEMBER_REF_EXPR: Expressions.e_member,
    K.CSTYLE_CAST_EXPR: Expressions.e_cast,
    K.CXX_STATIC_CAST_EXPR: Expressions.e_cast,
    K.CXX_FUNCTIONAL_CAST_EXPR: Expressions.e_cast,
    K.CXX_CONST_CAST_EXPR: Expressions.e_cast,
    K.CXX_REINTERPRET_CAST_EXPR: Expressions.e_cast,
    K.LAMBDA_EXPR: Expressions.e_lambda,
    K.CXX_NEW_EXPR: Expressions.e_new,
    K.INIT_LIST_EXPR: Expressions.e_init_list,
    K.CALL_EXPR: Expressions.e_call,
}
