// Measure for Java, its first part: which method of the program to time and what to pass it.
//
// Appended, like java_measure.java (read its header first), after the user's program, and before the
// harness, which extends this class to use its types and functions by their short names. The method is
// found with the JDK's compiler tree API (parse only: the program has just been compiled with the
// harness, so it parses) for what reflection cannot tell, the parameters' names (javac keeps them only
// with -parameters) and whether the body halves a range; reflection then gives the exact parameter
// types (imports resolved, generics kept) and makes the call.
class CodeRemoteMeasureChoice {
    // What Measure can make for a parameter: a number, a string (or char[]), an array of numbers or
    // strings, or a List/ArrayList/Collection of Integer, Long, Double or String.
    enum Shape { NUMBER, STRING, CHARS, ARRAY, LIST }

    static final class Param {
        String name;
        Shape shape;
        Class<?> element; // the number's class, or the array's or list's element class
    }

    static final class Candidate {
        String className;  // binary name: Outer$Inner
        String name;
        boolean isStatic;
        boolean halves;    // (lo + hi) / 2, >> 1: a binary search's midpoint
        final java.util.List<String> names = new java.util.ArrayList<>();
        final java.util.List<String> types = new java.util.ArrayList<>();
    }

    static final class Chosen {
        Candidate candidate;
        java.lang.reflect.Method method;
        Object target; // the instance an instance method is called on
        java.util.List<Param> params = new java.util.ArrayList<>();
        String refusal; // why this method cannot be measured, or null
    }

    // The program's methods in source order (nested classes too; not local or anonymous ones), from
    // the JDK's parser: names, written types and whether the body halves something.
    static java.util.List<Candidate> candidates(String source) throws java.io.IOException {
        javax.tools.JavaCompiler compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
        javax.tools.JavaFileObject file = new javax.tools.SimpleJavaFileObject(
            java.net.URI.create("string:///Program.java"), javax.tools.JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        com.sun.source.util.JavacTask task = (com.sun.source.util.JavacTask) compiler.getTask(
            null, null, d -> {}, java.util.List.of("-proc:none", "-XDshould-stop.at=PARSE"), null,
            java.util.List.of(file));
        java.util.List<Candidate> found = new java.util.ArrayList<>();
        for (com.sun.source.tree.CompilationUnitTree unit : task.parse()) {
            for (com.sun.source.tree.Tree type : unit.getTypeDecls()) {
                if (type instanceof com.sun.source.tree.ClassTree)
                    collect((com.sun.source.tree.ClassTree) type, null, found);
            }
        }
        return found;
    }

    static void collect(com.sun.source.tree.ClassTree type, String outer, java.util.List<Candidate> found) {
        String className = outer == null ? type.getSimpleName().toString() : outer + "$" + type.getSimpleName();
        for (com.sun.source.tree.Tree member : type.getMembers()) {
            if (member instanceof com.sun.source.tree.ClassTree) {
                collect((com.sun.source.tree.ClassTree) member, className, found);
                continue;
            }
            if (!(member instanceof com.sun.source.tree.MethodTree))
                continue;
            com.sun.source.tree.MethodTree m = (com.sun.source.tree.MethodTree) member;
            String name = m.getName().toString();
            if (m.getBody() == null || name.equals("<init>") || name.equals("main"))
                continue;
            Candidate c = new Candidate();
            c.className = className;
            c.name = name;
            c.isStatic = m.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.STATIC);
            for (com.sun.source.tree.VariableTree p : m.getParameters()) {
                c.names.add(p.getName().toString());
                c.types.add(p.getType().toString());
            }
            c.halves = Boolean.TRUE.equals(m.getBody().accept(new Halving(), null));
            found.add(c);
        }
    }

    // Whether a body halves something (x / 2, x >> 1, x >>> 1, and /=, >>=, >>>=) or calls a library
    // binary search (Arrays.binarySearch, Collections.binarySearch), which wants sorted input.
    static final class Halving extends com.sun.source.util.TreeScanner<Boolean, Void> {
        @Override
        public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
        }

        @Override
        public Boolean visitMethodInvocation(com.sun.source.tree.MethodInvocationTree node, Void unused) {
            com.sun.source.tree.ExpressionTree callee = node.getMethodSelect();
            boolean search = callee instanceof com.sun.source.tree.MemberSelectTree
                             && ((com.sun.source.tree.MemberSelectTree) callee).getIdentifier().contentEquals("binarySearch");
            return search || Boolean.TRUE.equals(super.visitMethodInvocation(node, unused));
        }

        @Override
        public Boolean visitBinary(com.sun.source.tree.BinaryTree node, Void unused) {
            return halving(node.getKind(), node.getRightOperand()) || Boolean.TRUE.equals(super.visitBinary(node, unused));
        }

        @Override
        public Boolean visitCompoundAssignment(com.sun.source.tree.CompoundAssignmentTree node, Void unused) {
            return halving(node.getKind(), node.getExpression())
                   || Boolean.TRUE.equals(super.visitCompoundAssignment(node, unused));
        }

        static boolean halving(com.sun.source.tree.Tree.Kind kind, com.sun.source.tree.ExpressionTree right) {
            if (!(right instanceof com.sun.source.tree.LiteralTree))
                return false;
            Object value = ((com.sun.source.tree.LiteralTree) right).getValue();
            switch (kind) {
            case DIVIDE:
            case DIVIDE_ASSIGNMENT:
                return Integer.valueOf(2).equals(value);
            case RIGHT_SHIFT:
            case UNSIGNED_RIGHT_SHIFT:
            case RIGHT_SHIFT_ASSIGNMENT:
            case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT:
                return Integer.valueOf(1).equals(value);
            default:
                return false;
            }
        }
    }

    // The named method (or, with no name, the first Measure can drive) with its parameters resolved,
    // or null when there is none; a method named but not drivable comes back with its refusal.
    static Chosen choose(java.util.List<Candidate> candidates, String wanted) {
        Chosen refused = null;
        for (Candidate c : candidates) {
            if (!wanted.isEmpty() && !c.name.equals(wanted))
                continue;
            Chosen chosen = resolve(c);
            if (chosen.refusal == null)
                return chosen;
            if (refused == null && !wanted.isEmpty())
                refused = chosen;
        }
        return refused;
    }

    static Chosen resolve(Candidate c) {
        Chosen chosen = new Chosen();
        chosen.candidate = c;
        String what = c.name + "()";
        if (c.names.isEmpty()) {
            chosen.refusal = what + " takes no parameter: nothing of it can grow";
            return chosen;
        }
        Class<?> type;
        try {
            type = Class.forName(c.className, false, CodeRemoteMeasureChoice.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            chosen.refusal = what + " is in a class Measure cannot load (" + c.className.replace('$', '.') + ")";
            return chosen;
        }
        chosen.method = method(type, c);
        if (chosen.method == null) {
            chosen.refusal = what + " could not be found in the compiled class " + type.getName();
            return chosen;
        }
        java.lang.reflect.Type[] generic = chosen.method.getGenericParameterTypes();
        java.util.List<String> cannot = new java.util.ArrayList<>();
        for (int i = 0; i < generic.length; ++i) {
            Param p = param(generic[i]);
            if (p == null) {
                cannot.add(c.types.get(i) + " " + c.names.get(i));
                continue;
            }
            p.name = c.names.get(i);
            chosen.params.add(p);
        }
        if (!cannot.isEmpty()) {
            chosen.refusal = what + " takes parameters Measure cannot make (" + String.join(", ", cannot)
                             + "): it makes numbers (int, long, double), strings, arrays of numbers or strings "
                             + "and lists of Integer, Long, Double or String";
            return chosen;
        }
        try {
            chosen.method.setAccessible(true);
        } catch (RuntimeException e) {
            chosen.refusal = what + " cannot be called from outside its class: " + describe(e);
            return chosen;
        }
        if (!java.lang.reflect.Modifier.isStatic(chosen.method.getModifiers()))
            chosen.refusal = instance(chosen, type);
        return chosen;
    }

    // An instance method is called on one object made with the class's constructor without parameters
    // (a LeetCode-style `class Solution`); the reason when there is none, else null.
    static String instance(Chosen chosen, Class<?> type) {
        String what = chosen.candidate.name + "()";
        String owner = type.getName().replace('$', '.');
        if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers()) || type.isEnum())
            return what + " is an instance method of " + owner + ", of which Measure cannot make an object: "
                   + "make it static";
        if (type.getEnclosingClass() != null && !java.lang.reflect.Modifier.isStatic(type.getModifiers()))
            return what + " is an instance method of the inner class " + owner
                   + ", which needs an object of its outer class: make the method or the class static";
        try {
            java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            chosen.target = constructor.newInstance();
            return null;
        } catch (NoSuchMethodException e) {
            return what + " is an instance method of " + owner + ", which has no constructor without "
                   + "parameters to make an object with: make the method static";
        } catch (java.lang.reflect.InvocationTargetException e) {
            return "new " + owner + "() threw " + describe(e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "new " + owner + "() failed: " + describe(e);
        }
    }

    // The compiled method the parsed one is: same name and number of parameters, and among overloads
    // the one whose parameter types, erased, are spelled as the source spells them.
    static java.lang.reflect.Method method(Class<?> type, Candidate c) {
        java.lang.reflect.Method only = null;
        int count = 0;
        for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
            if (!m.getName().equals(c.name) || m.getParameterCount() != c.names.size() || m.isSynthetic())
                continue;
            ++count;
            only = m;
            boolean same = true;
            Class<?>[] erased = m.getParameterTypes();
            for (int i = 0; i < erased.length; ++i)
                same &= erased[i].getSimpleName().equals(erasure(c.types.get(i)));
            if (same)
                return m;
        }
        return count == 1 ? only : null;
    }

    static String erasure(String written) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        for (char ch : written.replace("...", "[]").toCharArray()) {
            if (ch == '<')
                ++depth;
            else if (ch == '>')
                --depth;
            else if (depth == 0 && !Character.isWhitespace(ch))
                b.append(ch);
        }
        String s = b.toString();
        return s.substring(s.lastIndexOf('.') + 1);
    }

    static Param param(java.lang.reflect.Type type) {
        Param p = new Param();
        if (type instanceof Class) {
            Class<?> c = (Class<?>) type;
            if (number(c)) {
                p.shape = Shape.NUMBER;
                p.element = c;
            } else if (c == String.class) {
                p.shape = Shape.STRING;
            } else if (c == char[].class) {
                p.shape = Shape.CHARS;
            } else if (c.isArray() && (element(c.getComponentType()) || c.getComponentType() == float.class)) {
                p.shape = Shape.ARRAY;
                p.element = c.getComponentType();
            } else {
                return null;
            }
            return p;
        }
        if (type instanceof java.lang.reflect.ParameterizedType) {
            java.lang.reflect.ParameterizedType t = (java.lang.reflect.ParameterizedType) type;
            java.lang.reflect.Type raw = t.getRawType();
            java.lang.reflect.Type[] arguments = t.getActualTypeArguments();
            // An ArrayList is what is passed: whatever the parameter's type, it must accept one.
            boolean list = raw == java.util.List.class || raw == java.util.ArrayList.class
                           || raw == java.util.Collection.class || raw == Iterable.class;
            if (list && arguments.length == 1 && arguments[0] instanceof Class && !((Class<?>) arguments[0]).isPrimitive()
                && element((Class<?>) arguments[0])) {
                p.shape = Shape.LIST;
                p.element = (Class<?>) arguments[0];
                return p;
            }
        }
        return null;
    }

    static boolean number(Class<?> c) {
        return c == int.class || c == long.class || c == double.class || c == float.class || c == Integer.class
               || c == Long.class || c == Double.class;
    }

    // What an array or list may hold: numbers (int, long, double and their boxes) or strings.
    static boolean element(Class<?> c) {
        return c == int.class || c == long.class || c == double.class || c == Integer.class || c == Long.class
               || c == Double.class || c == String.class;
    }

    static String describe(Throwable e) {
        if (e == null)
            return "an exception";
        String message = e.getMessage();
        return e.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
