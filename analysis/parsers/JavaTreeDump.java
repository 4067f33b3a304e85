// Reads a Java program on standard input, parses it with the JDK's own compiler (the tree API of
// com.sun.source, parse only: no class path, no attribution) and writes the language-neutral program
// model that analysis/lowering.py reads (see the header there for its shape) as one JSON document.
//
// Parsing only keeps it fast and independent of imports: the analyzer needs the shape of the code
// (loops, bounds, calls, declared types), not a compiled program.
//
// The parse calls javac's parser directly (DirectParser, below), which needs the exports listed in
// JavaTreeDump.options beside this file, given to javac and java alike (StaticAnalyzer::parserRun,
// the build's class list, the scripts that run it); without them it parses through the public API.
//
// Over ~600 lines in one file on purpose: the sandbox compiles and runs it as a single source file
// (one class with nested ones, no build of its own), like the programs users run.

import com.sun.source.tree.*;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;

import javax.tools.*;
import java.io.*;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class JavaTreeDump {
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final StringBuilder out = new StringBuilder();

    private JavaTreeDump(CompilationUnitTree unit, SourcePositions positions) {
        this.unit = unit;
        this.positions = positions;
    }

    public static void main(String[] args) throws IOException {
        String source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        // Classes rather than lambdas: a lambda of this class would be spun at run time (the class-data
        // archive holds the JDK's classes only).
        DiagnosticListener<JavaFileObject> listener = new DiagnosticListener<JavaFileObject>() {
            @Override
            public void report(Diagnostic<? extends JavaFileObject> d) {
                if (d.getKind() == Diagnostic.Kind.ERROR)
                    errors.add(d.getLineNumber() + "\t" + d.getMessage(Locale.ROOT));
            }
        };
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Main.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        Parsed parsed;
        try {
            parsed = DirectParser.parse(file, listener);
        } catch (RuntimeException | LinkageError e) {
            // Not this JDK's internals, or not exported to us: the public API parses the same source.
            errors.clear();
            parsed = parseWithTask(file, listener);
        }
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        if (!errors.isEmpty()) {
            String[] first = errors.get(0).split("\t", 2);
            StringBuilder b = new StringBuilder("{\"ok\":false,\"line\":");
            b.append(first[0].matches("-?\\d+") ? Math.max(0, Long.parseLong(first[0])) : 0);
            b.append(",\"error\":");
            quote(b, "syntax error: " + (first.length > 1 ? first[1] : first[0]));
            stdout.println(b.append('}'));
            stdout.flush();
            return;
        }
        JavaTreeDump dump = new JavaTreeDump(parsed.unit, parsed.positions);
        dump.program();
        stdout.println(dump.out);
        stdout.flush();
    }

    private static final class Parsed {
        final CompilationUnitTree unit;
        final SourcePositions positions;

        Parsed(CompilationUnitTree unit, SourcePositions positions) {
            this.unit = unit;
            this.positions = positions;
        }
    }

    // The public API: javac's task parses the source (and builds the whole compiler first).
    private static Parsed parseWithTask(JavaFileObject file, DiagnosticListener<JavaFileObject> listener) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavacTask task = (JavacTask) compiler.getTask(null, null, listener,
                List.of("-proc:none", "-XDshould-stop.at=PARSE"), null, List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            return new Parsed(unit, Trees.instance(task).getSourcePositions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // javac's parser alone. JavacTask.parse builds the whole compiler before it parses (symbol table,
    // class reader, module system, attribution...: about half of a 200-line program's parse, all of
    // it code that runs once, interpreted), and the parser uses none of it. Here it gets what it
    // reads: names, the log (whose messages load when a syntax error is described, not before) and a
    // tree maker without a symbol table: the parser makes its trees from tokens, and the tree maker's
    // methods that read symbols or types are the later phases'. Its factory also asks for the maker of
    // doc-comment trees, which would build the compiler (through JavacTrees) again; comments are not
    // kept, so that maker is never used, and one is allocated without its constructor. The same
    // options and trees as the task's (Source and Preview default alike); positions as JavacTrees
    // gives them. Needs the exports of JavaTreeDump.options at compile and run time; on a JDK whose
    // internals differ it throws, and main() parses with the task instead.
    private static final class DirectParser {
        static Parsed parse(JavaFileObject file, DiagnosticListener<JavaFileObject> listener) {
            com.sun.tools.javac.util.Context context = new com.sun.tools.javac.util.Context();
            context.put(DiagnosticListener.class, listener);
            new LazyMessages(context);
            new ParseTreeMaker(context);
            context.put(DocTreeMakerKey.key(), allocateDocTreeMaker());
            com.sun.tools.javac.util.Log.instance(context).useSource(file);
            String source;
            try {
                source = file.getCharContent(true).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            com.sun.tools.javac.parser.JavacParser parser = com.sun.tools.javac.parser.ParserFactory.instance(context)
                .newParser(source, false, true, true);
            com.sun.tools.javac.tree.JCTree.JCCompilationUnit unit = parser.parseCompilationUnit();
            unit.sourcefile = file;
            return new Parsed(unit, new SourcePositions() {
                @Override
                public long getStartPosition(CompilationUnitTree file, Tree tree) {
                    return com.sun.tools.javac.tree.TreeInfo.getStartPos((com.sun.tools.javac.tree.JCTree) tree);
                }

                @Override
                public long getEndPosition(CompilationUnitTree file, Tree tree) {
                    return com.sun.tools.javac.tree.TreeInfo.getEndPos((com.sun.tools.javac.tree.JCTree) tree,
                        ((com.sun.tools.javac.tree.JCTree.JCCompilationUnit) file).endPositions);
                }
            });
        }

        // Unsafe.allocateInstance called directly. Both other ways cost more: a reflective call parses
        // the method's annotations first, which spins proxy classes (~10 ms), and a method handle's
        // invocation spins its lambda forms (~5 ms; 0.8 ms this way). The price is javac's one warning that
        // sun.misc.Unsafe is internal (it cannot be suppressed), when the compile cache compiles this file.
        private static com.sun.tools.javac.tree.DocTreeMaker allocateDocTreeMaker() {
            try {
                java.lang.reflect.Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
                field.setAccessible(true);
                return (com.sun.tools.javac.tree.DocTreeMaker) ((sun.misc.Unsafe) field.get(null))
                    .allocateInstance(com.sun.tools.javac.tree.DocTreeMaker.class);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // The tree maker without symbols: the parser's factory methods take names, tokens and trees only.
    private static final class ParseTreeMaker extends com.sun.tools.javac.tree.TreeMaker {
        ParseTreeMaker(com.sun.tools.javac.util.Context context) {
            super(null, com.sun.tools.javac.util.Names.instance(context), null, null);
            at(com.sun.tools.javac.util.Position.NOPOS); // where the context's tree maker starts
            context.put(treeMakerKey, this);
        }
    }

    // Only for its key (protected): never made.
    private static final class DocTreeMakerKey extends com.sun.tools.javac.tree.DocTreeMaker {
        private DocTreeMakerKey() {
            super(null);
        }

        static com.sun.tools.javac.util.Context.Key<com.sun.tools.javac.tree.DocTreeMaker> key() {
            return treeMakerKey;
        }
    }

    // javac's messages, their bundles loaded on the first message rather than when the log is made (a
    // parse without a syntax error needs none). While the constructor runs, no bundles: the current
    // ones stay unset, and every later look-up loads them through the cache as usual.
    private static final class LazyMessages extends com.sun.tools.javac.util.JavacMessages {
        private boolean constructed;

        LazyMessages(com.sun.tools.javac.util.Context context) {
            super(context);
            constructed = true;
        }

        @Override
        public com.sun.tools.javac.util.List<ResourceBundle> getBundles(Locale locale) {
            return constructed ? super.getBundles(locale) : null;
        }
    }

    // ---- JSON output --------------------------------------------------------------------------

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"': b.append("\\\""); break;
            case '\\': b.append("\\\\"); break;
            case '\n': b.append("\\n"); break;
            case '\r': b.append("\\r"); break;
            case '\t': b.append("\\t"); break;
            default:
                if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
        }
        b.append('"');
    }

    private int line(Tree t) {
        long pos = positions.getStartPosition(unit, t);
        return pos < 0 ? 0 : (int) unit.getLineMap().getLineNumber(pos);
    }

    private int endLine(Tree t) {
        long pos = positions.getEndPosition(unit, t);
        return pos < 0 ? line(t) : (int) unit.getLineMap().getLineNumber(Math.max(0, pos - 1));
    }

    // An object is opened with its type tag and line; fields follow as ,"key":value.
    private void open(String tag, Tree t) {
        out.append("{\"t\":");
        quote(out, tag);
        if (t != null) out.append(",\"line\":").append(line(t)).append(",\"end\":").append(endLine(t));
    }

    private void key(String k) {
        out.append(',');
        quote(out, k);
        out.append(':');
    }

    private void str(String k, String v) {
        key(k);
        if (v == null) out.append("null");
        else quote(out, v);
    }

    private void close() {
        out.append('}');
    }

    // ---- program and declarations ---------------------------------------------------------------

    private void program() {
        out.append("{\"t\":\"program\",\"lang\":\"java\",\"classes\":[");
        boolean first = true;
        for (Tree t : unit.getTypeDecls()) {
            if (t instanceof ClassTree) {
                if (!first) out.append(',');
                first = false;
                classDecl((ClassTree) t);
            }
        }
        out.append("]}");
    }

    private void classDecl(ClassTree c) {
        open("class", c);
        str("name", c.getSimpleName().toString());
        // What Measure's harness needs to make an object of it (lowering.java_measure_notes).
        str("kind", c.getKind().toString().toLowerCase(java.util.Locale.ROOT));
        java.util.Set<javax.lang.model.element.Modifier> flags = c.getModifiers().getFlags();
        out.append(",\"static\":").append(flags.contains(javax.lang.model.element.Modifier.STATIC));
        out.append(",\"abstract\":").append(flags.contains(javax.lang.model.element.Modifier.ABSTRACT));
        key("members");
        out.append('[');
        boolean first = true;
        for (Tree m : c.getMembers()) {
            if (!first) out.append(',');
            first = false;
            if (m instanceof MethodTree) {
                method((MethodTree) m);
            } else if (m instanceof VariableTree) {
                statement((StatementTree) m);
            } else if (m instanceof ClassTree) {
                classDecl((ClassTree) m);
            } else if (m instanceof BlockTree) {
                open("block", m);
                key("body");
                statements(((BlockTree) m).getStatements());
                close();
            } else {
                out.append("{\"t\":\"empty\"}");
            }
        }
        out.append(']');
        close();
    }

    private boolean isVarargs(VariableTree p) {
        long start = positions.getStartPosition(unit, p);
        long end = positions.getEndPosition(unit, p);
        try {
            CharSequence text = unit.getSourceFile().getCharContent(true);
            return start >= 0 && end <= text.length() && start < end
                && text.subSequence((int) start, (int) end).toString().contains("...");
        } catch (IOException e) {
            return false;
        }
    }

    private void method(MethodTree m) {
        open("func", m);
        String name = m.getName().toString();
        str("name", name.equals("<init>") ? "__init__" : name);
        out.append(",\"static\":").append(m.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC));
        key("params");
        out.append('[');
        for (int i = 0; i < m.getParameters().size(); i++) {
            if (i > 0) out.append(',');
            VariableTree p = m.getParameters().get(i);
            out.append("{\"name\":");
            quote(out, p.getName().toString());
            out.append(",\"type\":");
            quote(out, String.valueOf(p.getType()));
            // The tree shows `Object... xs` as `Object[]`; only the source says the call's own
            // arguments fill it (a fixed number at each call, not an array of the input's size).
            if (isVarargs(p)) out.append(",\"varargs\":true");
            out.append('}');
        }
        out.append(']');
        key("body");
        if (m.getBody() == null) out.append("[]");
        else statements(m.getBody().getStatements());
        close();
    }

    // ---- statements -----------------------------------------------------------------------------

    private void statements(List<? extends StatementTree> list) {
        out.append('[');
        boolean first = true;
        for (StatementTree s : list) {
            if (!first) out.append(',');
            first = false;
            statement(s);
        }
        out.append(']');
    }

    private void body(StatementTree s) {
        if (s == null) out.append("[]");
        else if (s instanceof BlockTree) statements(((BlockTree) s).getStatements());
        else statements(List.of(s));
    }

    // The label of the loop statement() is about to write (`outer: for (...)`), taken by that loop.
    private String pendingLabel;

    // ,"label":"outer" on a labelled loop or on `break outer;` / `continue outer;`: a jump out of an
    // inner loop ends (or continues) the loop of that label, not the innermost one.
    private void label(String name) {
        if (name != null) str("label", name);
    }

    private void statement(StatementTree s) {
        String loopLabel = pendingLabel;
        pendingLabel = null;
        switch (s.getKind()) {
        case BLOCK:
            open("block", s);
            key("body");
            statements(((BlockTree) s).getStatements());
            close();
            return;
        case VARIABLE: {
            VariableTree v = (VariableTree) s;
            open("decl", s);
            str("name", v.getName().toString());
            str("type", String.valueOf(v.getType()));
            key("init");
            expr(v.getInitializer());
            close();
            return;
        }
        case EXPRESSION_STATEMENT:
            open("expr", s);
            key("e");
            expr(((ExpressionStatementTree) s).getExpression());
            close();
            return;
        case IF: {
            IfTree t = (IfTree) s;
            open("if", s);
            key("c");
            expr(t.getCondition());
            key("then");
            body(t.getThenStatement());
            key("else");
            body(t.getElseStatement());
            close();
            return;
        }
        case WHILE_LOOP: {
            WhileLoopTree t = (WhileLoopTree) s;
            open("while", s);
            label(loopLabel);
            key("c");
            expr(t.getCondition());
            key("body");
            body(t.getStatement());
            close();
            return;
        }
        case DO_WHILE_LOOP: {
            DoWhileLoopTree t = (DoWhileLoopTree) s;
            open("do", s);
            label(loopLabel);
            key("c");
            expr(t.getCondition());
            key("body");
            body(t.getStatement());
            close();
            return;
        }
        case FOR_LOOP: {
            ForLoopTree t = (ForLoopTree) s;
            open("for", s);
            label(loopLabel);
            key("init");
            statements(t.getInitializer());
            key("c");
            expr(t.getCondition());
            key("update");
            out.append('[');
            for (int i = 0; i < t.getUpdate().size(); i++) {
                if (i > 0) out.append(',');
                expr(t.getUpdate().get(i).getExpression());
            }
            out.append(']');
            key("body");
            body(t.getStatement());
            close();
            return;
        }
        case ENHANCED_FOR_LOOP: {
            EnhancedForLoopTree t = (EnhancedForLoopTree) s;
            open("foreach", s);
            label(loopLabel);
            str("var", t.getVariable().getName().toString());
            str("type", String.valueOf(t.getVariable().getType()));
            key("iter");
            expr(t.getExpression());
            key("body");
            body(t.getStatement());
            close();
            return;
        }
        case RETURN:
            open("return", s);
            key("e");
            expr(((ReturnTree) s).getExpression());
            close();
            return;
        case THROW:
            open("throw", s);
            key("e");
            expr(((ThrowTree) s).getExpression());
            close();
            return;
        case BREAK: {
            javax.lang.model.element.Name target = ((BreakTree) s).getLabel();
            open("break", s);
            label(target == null ? null : target.toString());
            close();
            return;
        }
        case CONTINUE: {
            javax.lang.model.element.Name target = ((ContinueTree) s).getLabel();
            open("continue", s);
            label(target == null ? null : target.toString());
            close();
            return;
        }
        case LABELED_STATEMENT:
            pendingLabel = ((LabeledStatementTree) s).getLabel().toString();
            statement(((LabeledStatementTree) s).getStatement());
            pendingLabel = null;
            return;
        case SYNCHRONIZED:
            open("block", s);
            key("body");
            statements(((SynchronizedTree) s).getBlock().getStatements());
            close();
            return;
        case SWITCH: {
            SwitchTree t = (SwitchTree) s;
            open("switch", s);
            key("e");
            expr(t.getExpression());
            key("cases");
            cases(t.getCases());
            close();
            return;
        }
        case TRY: {
            TryTree t = (TryTree) s;
            open("try", s);
            key("resources");
            out.append('[');
            for (int i = 0; i < t.getResources().size(); i++) {
                if (i > 0) out.append(',');
                Tree r = t.getResources().get(i);
                if (r instanceof StatementTree) statement((StatementTree) r);
                else {
                    open("expr", r);
                    key("e");
                    expr((ExpressionTree) r);
                    close();
                }
            }
            out.append(']');
            key("body");
            statements(t.getBlock().getStatements());
            key("handlers");
            out.append('[');
            for (int i = 0; i < t.getCatches().size(); i++) {
                if (i > 0) out.append(',');
                statements(t.getCatches().get(i).getBlock().getStatements());
            }
            out.append(']');
            key("finally");
            if (t.getFinallyBlock() == null) out.append("[]");
            else statements(t.getFinallyBlock().getStatements());
            close();
            return;
        }
        case CLASS:
            classDecl((ClassTree) s);
            return;
        case ASSERT:
        case EMPTY_STATEMENT:
        default:
            open("empty", s);
            close();
        }
    }

    private void cases(List<? extends CaseTree> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) out.append(',');
            CaseTree c = list.get(i);
            out.append("{\"labels\":[");
            for (int j = 0; j < c.getExpressions().size(); j++) {
                if (j > 0) out.append(',');
                expr(c.getExpressions().get(j));
            }
            out.append("],\"body\":");
            if (c.getStatements() != null) statements(c.getStatements());
            else if (c.getBody() instanceof StatementTree) body((StatementTree) c.getBody());
            else if (c.getBody() instanceof ExpressionTree) {
                out.append("[{\"t\":\"expr\",\"e\":");
                expr((ExpressionTree) c.getBody());
                out.append("}]");
            } else out.append("[]");
            out.append('}');
        }
        out.append(']');
    }

    // ---- expressions ----------------------------------------------------------------------------

    private static String operator(Tree.Kind k) {
        switch (k) {
        case PLUS: case PLUS_ASSIGNMENT: case UNARY_PLUS: return "+";
        case MINUS: case MINUS_ASSIGNMENT: case UNARY_MINUS: return "-";
        case MULTIPLY: case MULTIPLY_ASSIGNMENT: return "*";
        case DIVIDE: case DIVIDE_ASSIGNMENT: return "/";
        case REMAINDER: case REMAINDER_ASSIGNMENT: return "%";
        case LEFT_SHIFT: case LEFT_SHIFT_ASSIGNMENT: return "<<";
        case RIGHT_SHIFT: case RIGHT_SHIFT_ASSIGNMENT: return ">>";
        case UNSIGNED_RIGHT_SHIFT: case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT: return ">>>";
        case AND: case AND_ASSIGNMENT: return "&";
        case OR: case OR_ASSIGNMENT: return "|";
        case XOR: case XOR_ASSIGNMENT: return "^";
        case CONDITIONAL_AND: return "&&";
        case CONDITIONAL_OR: return "||";
        case EQUAL_TO: return "==";
        case NOT_EQUAL_TO: return "!=";
        case LESS_THAN: return "<";
        case LESS_THAN_EQUAL: return "<=";
        case GREATER_THAN: return ">";
        case GREATER_THAN_EQUAL: return ">=";
        case LOGICAL_COMPLEMENT: return "!";
        case BITWISE_COMPLEMENT: return "~";
        case PREFIX_INCREMENT: return "++pre";
        case PREFIX_DECREMENT: return "--pre";
        case POSTFIX_INCREMENT: return "post++";
        case POSTFIX_DECREMENT: return "post--";
        default: return k.toString();
        }
    }

    private void exprs(List<? extends ExpressionTree> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) out.append(',');
            expr(list.get(i));
        }
        out.append(']');
    }

    private void expr(ExpressionTree e) {
        if (e == null) {
            out.append("null");
            return;
        }
        if (e instanceof BinaryTree) {
            BinaryTree b = (BinaryTree) e;
            open("bin", null);
            str("op", operator(e.getKind()));
            key("l");
            expr(b.getLeftOperand());
            key("r");
            expr(b.getRightOperand());
            close();
            return;
        }
        if (e instanceof UnaryTree) {
            open("un", null);
            str("op", operator(e.getKind()));
            key("e");
            expr(((UnaryTree) e).getExpression());
            close();
            return;
        }
        if (e instanceof CompoundAssignmentTree) {
            CompoundAssignmentTree a = (CompoundAssignmentTree) e;
            open("assign", null);
            str("op", operator(e.getKind()) + "=");
            key("target");
            expr(a.getVariable());
            key("value");
            expr(a.getExpression());
            close();
            return;
        }
        switch (e.getKind()) {
        case IDENTIFIER:
            open("name", null);
            str("id", ((IdentifierTree) e).getName().toString());
            close();
            return;
        case INT_LITERAL: case LONG_LITERAL: case FLOAT_LITERAL: case DOUBLE_LITERAL:
            open("num", null);
            key("v");
            out.append(((LiteralTree) e).getValue());
            close();
            return;
        case CHAR_LITERAL: case STRING_LITERAL:
            open("str", null);
            str("v", String.valueOf(((LiteralTree) e).getValue()));
            close();
            return;
        case BOOLEAN_LITERAL:
            open("bool", null);
            key("v");
            out.append(((LiteralTree) e).getValue());
            close();
            return;
        case NULL_LITERAL:
            open("null", null);
            close();
            return;
        case PARENTHESIZED:
            expr(((ParenthesizedTree) e).getExpression());
            return;
        case TYPE_CAST:
            expr(((TypeCastTree) e).getExpression());
            return;
        case ASSIGNMENT: {
            AssignmentTree a = (AssignmentTree) e;
            open("assign", null);
            str("op", "=");
            key("target");
            expr(a.getVariable());
            key("value");
            expr(a.getExpression());
            close();
            return;
        }
        case METHOD_INVOCATION: {
            MethodInvocationTree m = (MethodInvocationTree) e;
            open("call", e);
            key("callee");
            expr(m.getMethodSelect());
            key("args");
            exprs(m.getArguments());
            close();
            return;
        }
        case MEMBER_SELECT: {
            MemberSelectTree m = (MemberSelectTree) e;
            open("member", null);
            key("obj");
            expr(m.getExpression());
            str("name", m.getIdentifier().toString());
            close();
            return;
        }
        case ARRAY_ACCESS: {
            ArrayAccessTree a = (ArrayAccessTree) e;
            open("index", null);
            key("obj");
            expr(a.getExpression());
            key("idx");
            expr(a.getIndex());
            close();
            return;
        }
        case NEW_CLASS: {
            NewClassTree n = (NewClassTree) e;
            open("new", e);
            str("type", String.valueOf(n.getIdentifier()));
            key("args");
            exprs(n.getArguments());
            if (n.getClassBody() != null) {
                key("body");
                classDecl(n.getClassBody());
            }
            close();
            return;
        }
        case NEW_ARRAY: {
            NewArrayTree n = (NewArrayTree) e;
            open("newarray", e);
            str("type", String.valueOf(n.getType()));
            key("dims");
            exprs(n.getDimensions());
            key("init");
            if (n.getInitializers() == null) out.append("null");
            else exprs(n.getInitializers());
            close();
            return;
        }
        case CONDITIONAL_EXPRESSION: {
            ConditionalExpressionTree c = (ConditionalExpressionTree) e;
            open("cond", null);
            key("c");
            expr(c.getCondition());
            key("a");
            expr(c.getTrueExpression());
            key("b");
            expr(c.getFalseExpression());
            close();
            return;
        }
        case LAMBDA_EXPRESSION: {
            LambdaExpressionTree l = (LambdaExpressionTree) e;
            open("lambda", e);
            key("params");
            out.append('[');
            for (int i = 0; i < l.getParameters().size(); i++) {
                if (i > 0) out.append(',');
                quote(out, l.getParameters().get(i).getName().toString());
            }
            out.append(']');
            key("body");
            if (l.getBody() instanceof ExpressionTree) {
                out.append("[{\"t\":\"return\",\"e\":");
                expr((ExpressionTree) l.getBody());
                out.append("}]");
            } else {
                body((StatementTree) l.getBody());
            }
            close();
            return;
        }
        case MEMBER_REFERENCE:
            open("name", null);
            str("id", ((MemberReferenceTree) e).getName().toString());
            close();
            return;
        case INSTANCE_OF:
            expr(((InstanceOfTree) e).getExpression());
            return;
        case SWITCH_EXPRESSION: {
            SwitchExpressionTree t = (SwitchExpressionTree) e;
            open("switchexpr", e);
            key("e");
            expr(t.getExpression());
            key("cases");
            cases(t.getCases());
            close();
            return;
        }
        default:
            open("other", null);
            str("kind", e.getKind().toString());
            close();
        }
    }
}
