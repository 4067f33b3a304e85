// Measure for Java: times one method of a Java program at growing input sizes.
//
// analysis::EmpiricalAnalyzer appends java_measure_choice.java and then this class to the user's
// program, whose top-level types lose their `public` (runner::javaWithoutPublicTypes) so that this
// class is the file's public one: the runner names the file after it, javac compiles the program and
// the harness once, and `java` starts here, never in the program's own main (which would wait for
// input). Being appended after the program's imports, everything here is written with its full name: a
// program may import java.awt.* or declare a class of its own called Node, Pair or Method.
//
// Standard input: the JSON header line of analysis/empirical_harness.py ({"function", "size",
// "budget"}), then the program's source, from which CodeRemoteMeasureChoice picks the method. Standard
// output: {"n", "seconds"} per size as it is measured, then {"done": true, "function", "kind", "size",
// "parameters"}, or {"error": "..."}.
//
// The JVM runs with the runner's flags for Java: the serial collector and the client compiler only
// (-XX:TieredStopAtLevel=1). That suits timing: a method is compiled once by C1 and never recompiled
// by C2 half-way through the series, so later sizes are not made faster by a compilation the earlier
// ones did not have.
public class CodeRemoteMeasure extends CodeRemoteMeasureChoice {
    private static final java.io.PrintStream OUT = new java.io.PrintStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8);
    private static final long STARTED = System.nanoTime();
    private static volatile int sink; // results escape here, so no call's value is provably unused
    private static volatile int points; // sizes measured so far
    private static boolean finished;    // the closing line is out (guarded by the class's lock)

    static synchronized void emit(String json) {
        OUT.println(json);
        OUT.flush();
    }

    static double seconds() {
        return (System.nanoTime() - STARTED) / 1e9;
    }

    public static void main(String[] args) {
        try {
            measure();
        } catch (Throwable e) {
            // The program's error stream is silenced, so a failure of ours is said on the output.
            emit(error("Measure failed: " + describe(e)));
        }
        OUT.flush();
        // halt, not exit: a call still running (or a shutdown hook of the program's) must not hold it up.
        Runtime.getRuntime().halt(0);
    }

    static void measure() throws Exception {
        byte[] input = System.in.readAllBytes();
        // The program's own input, output and error stay out of the measurements (and out of ours).
        System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        java.util.Map<String, String> header = parseHeader(newline < 0 ? text : text.substring(0, newline));
        String source = newline < 0 ? "" : text.substring(newline + 1);
        double budget = 3.0;
        try {
            budget = Double.parseDouble(header.getOrDefault("budget", "3"));
        } catch (NumberFormatException ignored) {
        }
        String wanted = header.getOrDefault("function", "");
        String sizeWanted = header.getOrDefault("size", "");

        Chosen chosen = choose(candidates(source), wanted);
        if (chosen == null) {
            emit(error(wanted.isEmpty()
                           ? "no method whose parameters are numbers, strings, arrays or lists of them to measure"
                           : "no method " + wanted + "() in the program"));
            return;
        }
        if (chosen.refusal != null) {
            emit(error(chosen.refusal));
            return;
        }
        Param size = null;
        for (Param p : chosen.params) {
            if (p.name.equals(sizeWanted))
                size = p;
        }
        if (!sizeWanted.isEmpty() && size == null) {
            emit(error(chosen.candidate.name + "() has no parameter " + sizeWanted));
            return;
        }
        if (size == null) {
            for (Param p : chosen.params) {
                if (size == null && p.shape != Shape.NUMBER)
                    size = p;
            }
        }
        if (size == null)
            size = chosen.params.get(0);
        boolean sorted = chosen.candidate.halves && size.shape != Shape.NUMBER && size.shape != Shape.STRING
                         && size.shape != Shape.CHARS;
        String kind = size.shape == Shape.NUMBER ? "int"
                      : size.shape == Shape.STRING || size.shape == Shape.CHARS ? "str"
                      : sorted ? "sorted" : "list";

        // The series runs on a thread of its own, so that a call still running when the budget is
        // spent can be abandoned: this thread then reports what was measured and ends the JVM (a Java
        // call cannot be interrupted, but the process can end; Python's harness uses an alarm for the
        // same). The thread's stack is the runner's -Xss, as deep as the program's main would get.
        final Chosen method = chosen;
        final Param grows = size;
        final double limit = budget;
        final String[] failure = new String[1];
        Thread worker = new Thread(() -> failure[0] = series(method, grows, sorted, limit), "code-remote-measure");
        worker.setDaemon(true);
        // A program that ends itself (System.exit) while being timed still gets its report: the JVM
        // runs this hook, which says what was measured and halts with status 0, so the caller reads it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            finish(method, grows, kind, points == 0
                                            ? method.candidate.name + "() ended the program (System.exit) before "
                                              + "a size was measured"
                                            : null);
            Runtime.getRuntime().halt(0);
        }));
        worker.start();
        worker.join((long) (Math.max(0.05, budget - seconds()) * 1000) + 50);
        finish(method, grows, kind, failure[0]);
    }

    // The closing line (or the error), once.
    static synchronized void finish(Chosen chosen, Param grows, String kind, String failure) {
        if (finished)
            return;
        finished = true;
        if (failure != null) {
            emit(error(failure));
            return;
        }
        StringBuilder done = new StringBuilder("{\"done\": true, \"function\": ");
        quote(done, chosen.candidate.name).append(", \"kind\": ");
        quote(done, kind).append(", \"size\": ");
        quote(done, grows.name).append(", \"parameters\": [");
        for (int i = 0; i < chosen.params.size(); ++i) {
            Param p = chosen.params.get(i);
            quote(done.append(i == 0 ? "{\"name\": " : ", {\"name\": "), p.name).append(", \"kind\": ");
            quote(done, p.shape == Shape.NUMBER ? "int" : p.shape == Shape.STRING || p.shape == Shape.CHARS
                                                              ? "str" : "list").append('}');
        }
        emit(done.append("]}").toString());
    }

    // Measures the sizes one after another until the budget is spent; the reason when nothing could be
    // measured, else null.
    static String series(Chosen chosen, Param grows, boolean sorted, double budget) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(12345);
        String name = chosen.candidate.name;
        double previous = Double.MAX_VALUE;
        boolean warm = false;
        for (long n = grows.shape == Shape.NUMBER ? 4 : 32; n <= maxSize(grows);
             n = grows.shape == Shape.NUMBER ? n + n / 4 + 1 : n * 2) {
            if (budget - seconds() <= 0.05)
                break;
            double[] result;
            try {
                Object[] arguments = arguments(chosen.params, grows, (int) Math.min(n, Integer.MAX_VALUE), n,
                                               sorted, rng);
                if (!warm) {
                    // JIT warm-up before the first (smallest) size is timed: calls until the client
                    // compiler has compiled the method and what it calls (it asks after a few hundred
                    // calls or tens of thousands of loop iterations) and the time per call has settled,
                    // bounded by a tenth of the budget. Without it the smallest sizes would be timed in
                    // the interpreter, up to ~10x slower, and the curve would look flatter than it is.
                    warmUp(chosen, arguments, Math.min(0.25, budget / 10));
                    warm = true;
                }
                result = measure(chosen, arguments, grows.shape != Shape.NUMBER && grows.shape != Shape.STRING, n,
                                 budget);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (points == 0)
                    return name + "() threw " + describe(e.getCause());
                break; // a stack overflow or an exhausted heap at a large size ends the series
            } catch (OutOfMemoryError e) {
                if (points == 0)
                    return "the inputs for " + name + "() do not fit in memory";
                break;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return name + "() could not be called: " + describe(e);
            }
            emit("{\"n\": " + n + ", \"seconds\": " + result[0] + "}");
            ++points;
            // The series ends when the next size would not fit in what is left: it takes about as
            // long as this one did (the repetitions adapt to ~perPoint), or, once single calls are
            // longer than that, two calls (the untimed one and one timed) at this one's time times the
            // last growth (fib(n) grows by ~2^(n/4) from one size to the next). A call that overruns
            // anyway is abandoned at the deadline (main), with the sizes before it kept.
            double growth = Math.max(2.0, result[0] / previous);
            previous = result[0];
            double left = budget - seconds();
            if (Math.max(result[1], result[0] * growth * 2) > left)
                break;
        }
        return null;
    }

    static long maxSize(Param grows) {
        // Collections up to 2^20 items (2^18 of objects: strings, boxed numbers): beyond the caches,
        // memory traffic bends every curve upwards and a plain loop starts to look like n log n.
        switch (grows.shape) {
        case NUMBER:
            return grows.element == int.class || grows.element == Integer.class ? Integer.MAX_VALUE : 1L << 40;
        case ARRAY:
            return grows.element.isPrimitive() ? 1 << 20 : 1 << 18;
        case LIST:
            return 1 << 18;
        default:
            return 1 << 20;
        }
    }

    static void warmUp(Chosen chosen, Object[] arguments, double seconds) throws ReflectiveOperationException {
        boolean mutable = false;
        for (Object a : arguments)
            mutable |= !(a instanceof Number) && !(a instanceof String);
        // Batches of ~10 ms until two in a row are no faster than the best before them: the compiler
        // works on a thread of its own, so its code is in use some time after the call that asked for
        // it (the reflective call's accessor is compiled too), and a fixed number of calls left the
        // first size up to twice as slow as the second on a loaded machine.
        double until = seconds() + seconds;
        double best = Double.MAX_VALUE;
        for (int steady = 0; steady < 2 && seconds() < until;) {
            long start = System.nanoTime();
            long elapsed;
            int calls = 0;
            do {
                call(chosen, mutable ? fresh(arguments) : arguments);
                ++calls;
                elapsed = System.nanoTime() - start;
            } while (elapsed < 10_000_000 && calls < 1_000_000);
            double each = (double) elapsed / calls;
            steady = each < best * 0.95 ? 0 : steady + 1;
            best = Math.min(best, each);
        }
    }

    // This thread's CPU time: on a loaded machine the wall clock would also count the time the
    // scheduler gave others (and the compiler's and collector's threads are not this one).
    private static final java.lang.management.ThreadMXBean THREADS =
        java.lang.management.ManagementFactory.getThreadMXBean();

    static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    // The fastest time per call at size n, in CPU time, repeating calls until the clock is
    // trustworthy, and the wall time the whole point took: {best, spent}.
    static double[] measure(Chosen chosen, Object[] arguments, boolean collection, long n, double budget)
        throws ReflectiveOperationException {
        // The first call at this size is not timed: loops that only now run long enough get compiled
        // (on-stack replacement) during it, and a throwing method throws here.
        Object[] probe = fresh(arguments);
        call(chosen, probe);
        // A method that leaves its arguments as they were (a search) is called on the same ones again;
        // copying n items per call would cost more than an O(log n) call itself.
        boolean mutates = !same(probe, arguments);
        // GC: the inputs are made before the clock starts, and a collection now clears the garbage of
        // making them, so that the collector (the serial one: it stops the program) runs as rarely as
        // possible inside a timed batch; the fastest batch is kept, so one a collection did hit is
        // discarded anyway.
        System.gc();
        int reps = 1;
        double best = Double.MAX_VALUE;
        double pointStart = seconds();
        final double perPoint = 0.02;
        for (;;) {
            Object[][] copies = new Object[reps][];
            for (int i = 0; i < reps; ++i)
                copies[i] = mutates ? fresh(arguments) : arguments;
            long start = cpuNanos();
            for (Object[] c : copies) {
                Object r = call(chosen, c);
                // The identity hash: constant time, where a list's or a new string's hashCode() would
                // add a pass over the result to the time of a call that need not make one.
                if (System.identityHashCode(r) == sink)
                    sink++;
            }
            double elapsed = (cpuNanos() - start) / 1e9;
            best = Math.min(best, elapsed / reps);
            double spent = seconds() - pointStart;
            if (elapsed >= perPoint || spent >= 3 * perPoint || seconds() >= budget)
                return new double[] {best, spent};
            int grow = elapsed * 4 < perPoint ? 4 : 2;
            if (collection && mutates && (double) reps * grow * n > 4_000_000)
                return new double[] {best, spent};
            reps = Math.min(reps * grow, 100_000);
        }
    }

    static Object call(Chosen chosen, Object[] arguments) throws ReflectiveOperationException {
        return chosen.method.invoke(chosen.target, arguments);
    }

    // ---- inputs

    // The size parameter at size n; the others fixed: a short string, a short array or list, and for a
    // number n too when an array, list or string grows (as C++ Measure passes it beside an array: in
    // Java programs an int beside an array is mostly its length or a bound within it, as in
    // solve(int[] a, int n), rotate(nums, k) or kth(nums, k), where -1 would end the call at once or
    // make it throw), else 8.
    static Object[] arguments(java.util.List<Param> params, Param grows, int n, long number, boolean sorted,
                              java.util.SplittableRandom rng) {
        Object[] arguments = new Object[params.size()];
        for (int i = 0; i < arguments.length; ++i) {
            Param p = params.get(i);
            boolean growing = p == grows;
            switch (p.shape) {
            case NUMBER:
                arguments[i] = number(p.element, growing || grows.shape != Shape.NUMBER ? number : 8);
                break;
            case STRING:
                arguments[i] = letters(growing ? n : 3, rng);
                break;
            case CHARS:
                arguments[i] = letters(growing ? n : 3, rng).toCharArray();
                break;
            case ARRAY:
                arguments[i] = array(p.element, growing ? n : 8, growing && sorted, rng);
                break;
            default:
                Object values = array(p.element == String.class ? String.class : p.element, growing ? n : 8,
                                      growing && sorted, rng);
                arguments[i] = new java.util.ArrayList<>(java.util.Arrays.asList((Object[]) values));
            }
        }
        return arguments;
    }

    static Object number(Class<?> type, long value) {
        if (type == int.class || type == Integer.class)
            return (int) value;
        if (type == long.class || type == Long.class)
            return value;
        if (type == float.class || type == Float.class)
            return (float) value;
        return (double) value;
    }

    static String letters(int n, java.util.SplittableRandom rng) {
        char[] chars = new char[n];
        for (int i = 0; i < n; ++i)
            chars[i] = (char) ('a' + rng.nextInt(10));
        return new String(chars);
    }

    static Object array(Class<?> element, int n, boolean sorted, java.util.SplittableRandom rng) {
        if (element == int.class) {
            int[] a = rng.ints(n, 0, 1_000_000).toArray();
            if (sorted)
                java.util.Arrays.sort(a);
            return a;
        }
        if (element == long.class) {
            long[] a = rng.longs(n, 0, 1_000_000).toArray();
            if (sorted)
                java.util.Arrays.sort(a);
            return a;
        }
        if (element == double.class || element == float.class) {
            double[] a = rng.doubles(n, 0, 1_000_000).toArray();
            if (sorted)
                java.util.Arrays.sort(a);
            if (element == double.class)
                return a;
            float[] f = new float[n];
            for (int i = 0; i < n; ++i)
                f[i] = (float) a[i];
            return f;
        }
        Object[] a = (Object[]) java.lang.reflect.Array.newInstance(element, n);
        for (int i = 0; i < n; ++i) {
            int v = rng.nextInt(1_000_000);
            a[i] = element == String.class ? letters(1 + rng.nextInt(8), rng) : number(element, v);
        }
        if (sorted)
            java.util.Arrays.sort(a);
        return a;
    }

    // Copies made outside the timed region: the method may sort or empty its arrays and lists.
    static Object[] fresh(Object[] arguments) {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; ++i) {
            Object a = copy[i];
            if (a instanceof java.util.List)
                copy[i] = new java.util.ArrayList<>((java.util.List<?>) a);
            else if (a != null && a.getClass().isArray())
                copy[i] = cloneArray(a);
        }
        return copy;
    }

    static Object cloneArray(Object a) {
        int n = java.lang.reflect.Array.getLength(a);
        Object copy = java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), n);
        System.arraycopy(a, 0, copy, 0, n);
        return copy;
    }

    static boolean same(Object[] a, Object[] b) {
        return java.util.Arrays.deepEquals(a, b);
    }

    // ---- JSON

    static String error(String message) {
        return quote(new StringBuilder("{\"error\": "), message).append('}').toString();
    }

    static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); ++i) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\')
                b.append('\\').append(ch);
            else if (ch < 0x20)
                b.append(String.format("\\u%04x", (int) ch));
            else
                b.append(ch);
        }
        return b.append('"');
    }

    // The header is one flat JSON object of strings and numbers (QJsonDocument's compact form).
    static java.util.Map<String, String> parseHeader(String line) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        int[] at = {line.indexOf('{') + 1};
        while (at[0] > 0 && at[0] < line.length()) {
            skipSpace(line, at);
            if (at[0] >= line.length() || line.charAt(at[0]) != '"')
                break;
            String key = string(line, at);
            skipSpace(line, at);
            if (at[0] >= line.length() || line.charAt(at[0]) != ':')
                break;
            ++at[0];
            skipSpace(line, at);
            String value;
            if (at[0] < line.length() && line.charAt(at[0]) == '"') {
                value = string(line, at);
            } else {
                int start = at[0];
                while (at[0] < line.length() && ",}".indexOf(line.charAt(at[0])) < 0)
                    ++at[0];
                value = line.substring(start, at[0]).trim();
            }
            values.put(key, value);
            skipSpace(line, at);
            if (at[0] < line.length() && line.charAt(at[0]) == ',')
                ++at[0];
        }
        return values;
    }

    static void skipSpace(String s, int[] at) {
        while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0])))
            ++at[0];
    }

    static String string(String s, int[] at) {
        StringBuilder b = new StringBuilder();
        for (++at[0]; at[0] < s.length(); ++at[0]) {
            char ch = s.charAt(at[0]);
            if (ch == '"') {
                ++at[0];
                break;
            }
            if (ch == '\\' && at[0] + 1 < s.length()) {
                char e = s.charAt(++at[0]);
                if (e == 'u' && at[0] + 4 < s.length()) {
                    b.append((char) Integer.parseInt(s.substring(at[0] + 1, at[0] + 5), 16));
                    at[0] += 4;
                } else {
                    b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e);
                }
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
