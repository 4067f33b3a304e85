"""Reads a C++ program on standard input, parses it with clang (libclang through Debian's python3-clang)
and writes the language-neutral program model that analysis/lowering.py reads, as one JSON document.

Why not the real standard headers: a program that includes <bits/stdc++.h> makes clang read ~100,000
lines of library code (about a second, and a 734 MB JSON dump) before it reaches the user's 200. The
analysis needs the shape of the user's code and the *names* of the library it calls, not the library's
implementation. So the system headers are switched off (-nostdinc) and a prelude of permissive
declarations stands in for them: every container, stream and algorithm of the standard library that
programs use is declared, with members and functions that accept any arguments and return `__any`, a
type every operation is defined on. Names then resolve, member calls stay member calls with their names,
and `cin >> x` stays an operator call; a missing header is an error clang keeps going after
(CXTranslationUnit_KeepGoing). Only the cursors of the main file are walked.
"""
import json
import sys

try:
    from cpp_clang import KEEP_GOING, MAIN, PRELUDE, K, cindex, is_expr, prelude
except ImportError:
    pass  # the bundled script: cpp_clang.py is earlier in the same file
try:
    from cpp_expressions import Expressions
except ImportError:
    pass  # the bundled script: cpp_expressions.py is earlier in the same file
try:
    from cpp_macros import DETAILED_PREPROCESSING, expand_macros
except ImportError:
    pass  # the bundled script: cpp_macros.py is earlier in the same file
try:
    from cpp_callable import call_refusal
except ImportError:
    pass  # the bundled script: cpp_callable.py is earlier in the same file


class Dumper(Expressions):
    def __init__(self, source):
        self.source = source
        self.text = source.encode("utf-8")
        self.errors = []

    # ---- source text ---------------------------------------------------------------------------

    def in_main(self, c):
        f = c.location.file
        return f is not None and f.name == MAIN

    def span(self, c):
        e = c.extent
        return e.start.offset, e.end.offset

    def between(self, a, b):
        return self.text[a:b].decode("utf-8", "replace")

    def at(self, c, out):
        e = c.extent
        out["line"] = e.start.line
        out["end"] = e.end.line
        return out

    # ---- declarations --------------------------------------------------------------------------

    def program(self, tu):
        functions, classes, body = [], [], []
        for c in tu.cursor.get_children():
            if not self.in_main(c):
                continue
            self.top(c, functions, classes, body)
        return {"t": "program", "lang": "cpp", "functions": functions, "classes": classes, "body": body}

    def top(self, c, functions, classes, body):
        k = c.kind
        if k in (K.FUNCTION_DECL, K.FUNCTION_TEMPLATE, K.CXX_METHOD, K.CONSTRUCTOR):
            if c.is_definition():
                functions.append(self.func(c))
        elif k in (K.STRUCT_DECL, K.CLASS_DECL, K.CLASS_TEMPLATE, K.UNION_DECL):
            if c.is_definition():
                classes.append(self.klass(c))
        elif k == K.VAR_DECL:
            body.extend(self.var(c))
        elif k in (K.NAMESPACE, K.LINKAGE_SPEC):
            for child in c.get_children():
                self.top(child, functions, classes, body)

    def func(self, c):
        params, body, inits = [], [], []
        member = None
        for child in c.get_children():
            if child.kind == K.PARM_DECL:
                params.append({"name": child.spelling or "_", "type": self.type_name(child.type)})
            elif child.kind == K.COMPOUND_STMT:
                body = self.stmts(child)
            elif child.kind == K.MEMBER_REF:
                member = child
            elif member is not None and is_expr(child):
                # A constructor's member initializer, n_(n): the field's assignment.
                inits.append(self.at(member, {"t": "expr", "e": {
                    "t": "assign", "op": "=", "target": {"t": "name", "id": member.spelling},
                    "value": self.expr(child)}}))
                member = None
        body = inits + body
        name = c.spelling
        if c.kind == K.CONSTRUCTOR and c.semantic_parent is not None:
            name = c.semantic_parent.spelling
        elif name.startswith("operator"):
            # operator< of a struct: a name the lowered program can carry.
            name = "operator_" + "".join(ch if ch.isalnum() else "%02x" % ord(ch) for ch in name[8:].strip())
        out = {"t": "func", "name": name, "params": params, "body": body}
        # Why Measure cannot call it, for the IDE's picker (the same rule cpp_measure.py applies).
        refusal = call_refusal(c)
        if refusal:
            out["measure"] = refusal
        return self.at(c, out)

    def klass(self, c):
        members = []
        for m in c.get_children():
            k = m.kind
            if k in (K.CXX_METHOD, K.CONSTRUCTOR, K.FUNCTION_TEMPLATE) and m.is_definition():
                members.append(self.func(m))
            elif k == K.FIELD_DECL:
                members.append(self.at(m, {"t": "decl", "name": m.spelling, "type": self.type_name(m.type),
                                           "init": None}))
            elif k == K.VAR_DECL:
                members.extend(self.var(m))
            elif k in (K.STRUCT_DECL, K.CLASS_DECL, K.CLASS_TEMPLATE) and m.is_definition():
                members.append(self.klass(m))
        return self.at(c, {"t": "class", "name": c.spelling or "Anonymous", "members": members})

    def type_name(self, t):
        """The type as the lowering's families know it: std::vector<int>, int[100], long long."""
        if t.kind == cindex.TypeKind.CONSTANTARRAY or t.kind == cindex.TypeKind.INCOMPLETEARRAY \
                or t.kind == cindex.TypeKind.VARIABLEARRAY:
            return self.type_name(t.element_type) + "[]"
        if t.kind in (cindex.TypeKind.LVALUEREFERENCE, cindex.TypeKind.RVALUEREFERENCE):
            t = t.get_pointee()
        spelled = t.get_canonical().spelling
        for prefix in ("const ", "volatile "):
            if spelled.startswith(prefix):
                spelled = spelled[len(prefix):]
        if spelled.startswith("std::__any") or "type-parameter" in spelled:
            return ""
        return spelled

    def var(self, c):
        """One variable: its initializer, a constructor call for a class type, a sized array."""
        t = c.type
        init = None
        children = [x for x in c.get_children() if is_expr(x)]
        if children:
            init = self.expr(children[-1])
            if init and init.get("t") == "new" and not init.get("type"):
                init["type"] = self.type_name(t)
        dims = []
        while t.kind == cindex.TypeKind.CONSTANTARRAY:
            dims.append({"t": "num", "v": t.element_count})
            t = t.element_type
        if dims and (init is None or init.get("t") != "newarray"):
            init = {"t": "newarray", "type": self.type_name(t), "dims": dims, "init": None}
        elif t.kind == cindex.TypeKind.VARIABLEARRAY:
            size = [x for x in c.get_children() if is_expr(x)]
            init = {"t": "newarray", "type": "", "dims": [self.expr(size[0])] if size else [], "init": None}
        return [self.at(c, {"t": "decl", "name": c.spelling, "type": self.type_name(c.type), "init": init})]

    # ---- statements ----------------------------------------------------------------------------

    def stmts(self, c):
        """The statements of a compound, with the statements after a case label in that case."""
        out = []
        for child in c.get_children():
            out.extend(self.stmt(child))
        return out

    def body(self, c):
        if c is None:
            return []
        if c.kind == K.COMPOUND_STMT:
            return self.stmts(c)
        return self.stmt(c)

    def stmt(self, c):
        k = c.kind
        if k == K.COMPOUND_STMT:
            return [self.at(c, {"t": "block", "body": self.stmts(c)})]
        if k == K.DECL_STMT:
            out = []
            for d in c.get_children():
                if d.kind == K.VAR_DECL:
                    out.extend(self.var(d))
                elif d.kind in (K.STRUCT_DECL, K.CLASS_DECL) and d.is_definition():
                    out.append(self.klass(d))
            return out
        if k == K.IF_STMT:
            # Children: [init] [condition variable] condition, then, [else].
            parts = list(c.get_children())
            other = None
            if len(parts) >= 3 and self.has_else(parts[-2], parts[-1]):
                other = parts.pop()
            then = parts.pop() if parts else None
            cond = parts[-1] if parts else None
            before = [s for p in parts[:-1] for s in self.stmt(p)] if len(parts) > 1 else []
            return before + [self.at(c, {"t": "if", "c": self.expr(self.condition_of(cond)),
                                         "then": self.body(then), "else": self.body(other)})]
        if k == K.FOR_STMT:
            return [self.for_stmt(c)]
        if k == K.CXX_FOR_RANGE_STMT:
            parts = list(c.get_children())
            var = next((x for x in parts if x.kind == K.VAR_DECL), None)
            exprs = [x for x in parts[:-1] if is_expr(x)]
            body = parts[-1]
            return [self.at(c, {"t": "foreach", "var": var.spelling if var is not None else "_",
                                "type": self.type_name(var.type) if var is not None else "",
                                "iter": self.expr(exprs[-1]) if exprs else {"t": "name", "id": "_"},
                                "body": self.body(body)})]
        if k == K.WHILE_STMT:
            parts = list(c.get_children())
            return [self.at(c, {"t": "while", "c": self.expr(self.condition_of(parts[-2])) if len(parts) > 1 else None,
                                "body": self.body(parts[-1])})]
        if k == K.DO_STMT:
            parts = list(c.get_children())
            return [self.at(c, {"t": "do", "c": self.expr(parts[-1]), "body": self.body(parts[0])})]
        if k == K.RETURN_STMT:
            parts = list(c.get_children())
            return [self.at(c, {"t": "return", "e": self.expr(parts[0]) if parts else None})]
        if k == K.BREAK_STMT:
            return [self.at(c, {"t": "break"})]
        if k == K.CONTINUE_STMT:
            return [self.at(c, {"t": "continue"})]
        if k == K.SWITCH_STMT:
            return [self.switch(c)]
        if k == K.CXX_TRY_STMT:
            parts = list(c.get_children())
            handlers = []
            for h in parts[1:]:
                block = [x for x in h.get_children() if x.kind == K.COMPOUND_STMT]
                handlers.append(self.stmts(block[0]) if block else [])
            return [self.at(c, {"t": "try", "resources": [], "body": self.body(parts[0]) if parts else [],
                                "handlers": handlers, "finally": []})]
        if k == K.LABEL_STMT:
            parts = list(c.get_children())
            return self.stmt(parts[-1]) if parts else []
        if k in (K.CASE_STMT, K.DEFAULT_STMT):
            parts = list(c.get_children())
            return self.stmt(parts[-1]) if parts else []
        if k in (K.NULL_STMT, K.GOTO_STMT, K.ASM_STMT):
            return []
        if k == K.CXX_THROW_EXPR:
            return [self.at(c, {"t": "throw", "e": None})]
        if is_expr(c):
            return [self.at(c, {"t": "expr", "e": self.expr(c)})]
        return []

    def has_else(self, then, other):
        """Whether the source says `else` between an if statement's last two children."""
        return "else" in self.between(self.span(then)[1], self.span(other)[0])

    def condition_of(self, c):
        """A condition that declares a variable (while (int x = f())): its initializer."""
        if c is not None and c.kind == K.VAR_DECL:
            kids = [x for x in c.get_children() if is_expr(x)]
            return kids[-1] if kids else None
        return c

    def for_stmt(self, c):
        """for (init; cond; inc) body: libclang leaves out the missing parts, so each part is placed by
        the semicolons in the source between the parts it has (the gaps hold only punctuation)."""
        parts = list(c.get_children())
        body = parts[-1]
        init, cond, update = [], None, []
        place = 0
        at = self.span(c)[0]
        for p in parts[:-1]:
            start, end = self.span(p)
            place += self.between(at, start).count(";")
            at = end
            if len(parts) == 4:
                place = parts.index(p)  # all three parts: no need to look (nor can one in a macro)
            if place == 0:
                init = self.stmt(p) if not is_expr(p) else [self.at(p, {"t": "expr", "e": self.expr(p)})]
            elif place == 1:
                if is_expr(p):
                    cond = self.expr(p)
            else:
                update = self.split_comma(self.expr(p))
            if not is_expr(p) and self.between(start, end).rstrip().endswith(";"):
                place += 1  # a declaration's extent takes in its semicolon
        return self.at(c, {"t": "for", "init": init, "c": cond, "update": update, "body": self.body(body)})

    def split_comma(self, e):
        if e and e.get("t") == "bin" and e.get("op") == ",":
            return self.split_comma(e["l"]) + self.split_comma(e["r"])
        return [e]

    def switch(self, c):
        parts = list(c.get_children())
        subject = next((x for x in parts if is_expr(x)), None)
        block = parts[-1]
        cases = []
        current = None
        for child in (block.get_children() if block.kind == K.COMPOUND_STMT else [block]):
            node = child
            labels = []
            is_label = False
            while node.kind in (K.CASE_STMT, K.DEFAULT_STMT):
                is_label = True
                sub = list(node.get_children())
                if node.kind == K.CASE_STMT and sub:
                    labels.append(self.expr(sub[0]))
                node = sub[-1] if sub else None
                if node is None:
                    break
            if is_label:
                current = {"labels": labels, "body": []}
                cases.append(current)
            if current is None:
                current = {"labels": [], "body": []}
                cases.append(current)
            if node is not None:
                current["body"].extend(self.stmt(node))
        return self.at(c, {"t": "switch", "e": self.expr(subject) if subject is not None else None, "cases": cases})

def parse(source, options=KEEP_GOING):
    index = cindex.Index.create()
    args = ["-x", "c++", "-std=c++17", "-nostdinc", "-nostdinc++", "-include", PRELUDE, "-fno-spell-checking",
            "-ferror-limit=0", "-w", "-fsyntax-only"]
    return index.parse(MAIN, args=args, unsaved_files=[(MAIN, source), (PRELUDE, prelude())],
                       options=options)


def first_error(tu):
    """The first syntax error of the program itself; a missing header or an unknown library name is
    no reason not to analyze it."""
    for d in tu.diagnostics:
        if d.severity < cindex.Diagnostic.Error or d.location.file is None or d.location.file.name != MAIN:
            continue
        text = d.spelling
        if text.startswith("expected") or "extraneous" in text or "unterminated" in text:
            return {"ok": False, "line": d.location.line, "error": "syntax error: " + text}
    return None


def parse_model(source):
    """The program model of a C++ program, or its syntax error ({"ok": false, "line", "error"})."""
    try:
        tu = parse(source, KEEP_GOING | DETAILED_PREPROCESSING)
        error = first_error(tu)
        if error:
            return error
        # The program's own function-like macros expanded in its text, so that the operators they hold
        # are read from the source (cpp_macros.py); the first parse stands if the second one fails.
        expanded = expand_macros(source, tu)
        if expanded is not None:
            retry = parse(expanded)
            if first_error(retry) is None:
                tu, source = retry, expanded
    except cindex.TranslationUnitLoadError as e:
        return {"ok": False, "line": 0, "error": "clang could not parse the program: %s" % e}
    try:
        return Dumper(source).program(tu)
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as e:
        # A construct the walk does not know yet: said as such, not as a crash of the analysis.
        return {"ok": False, "line": 0, "error": "the C++ parser cannot read this program yet (%s: %s)"
                % (type(e).__name__, e)}


def main():
    source = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    sys.setrecursionlimit(10000)
    sys.stdout.write(json.dumps(parse_model(source)))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
