"""Measure for C++: writes the program that times one function of a C++ program at growing input sizes.

Standard input: the JSON header line of analysis/empirical_harness.py ({"function", "size", "budget"}),
then the C++ program. Standard output: a C++ program (the user's, its main renamed, then a main of ours)
that the sandbox compiles once and runs; it prints the harness's lines ({"n", "seconds"} per size,
then {"done": true, ...}), so EmpiricalAnalyzer fits them like Python's. Or {"error": "..."} as JSON.

The function is chosen with libclang (cpp_tree_dump.py parses the program): the named one, else the first
Measure can call (cpp_callable.py: a free function, a static member, or a member function of a class it
can make an object of, whose parameters are all vectors or arrays of numbers, strings, numbers). A
vector or array parameter gets n random numbers, sorted when the function halves a range (a binary
search); a string, n letters; a number, n when it is the size (or the length of an array passed as a
pointer), else a small constant.
"""
import json
import sys

try:
    from cpp_clang import K, cindex
except ImportError:
    pass  # the bundled script: cpp_clang.py is earlier in the same file
try:
    from cpp_tree_dump import MAIN, parse, first_error
except ImportError:
    pass  # the bundled script: cpp_tree_dump.py is earlier in the same file
try:
    from cpp_callable import call_refusal, defined_functions, owner, parameter_kind, parameters, qualified
except ImportError:
    pass  # the bundled script: cpp_callable.py is earlier in the same file


def element_type(type_):
    """The element type of a vector or array parameter: int for a template's vector<T> (T deduced)."""
    spelled = element_spelling(type_)
    return "int" if "type-parameter-" in spelled else spelled


def element_spelling(type_):
    t = type_.get_canonical()
    if t.kind in (cindex.TypeKind.LVALUEREFERENCE, cindex.TypeKind.RVALUEREFERENCE):
        t = t.get_pointee().get_canonical()
    if t.kind == cindex.TypeKind.POINTER:
        return t.get_pointee().get_canonical().spelling.replace("const ", "").strip()
    if t.kind in (cindex.TypeKind.INCOMPLETEARRAY, cindex.TypeKind.CONSTANTARRAY):
        return t.element_type.get_canonical().spelling.replace("const ", "").strip()
    spelled = t.spelling.replace("const ", "").strip()
    return spelled[spelled.index("<") + 1:].rstrip(">").strip()


def halves(cursor, source):
    """A binary search's midpoint: (lo + hi) / 2 or >> 1 in the function's text."""
    e = cursor.extent
    text = source.encode("utf-8")[e.start.offset:e.end.offset].decode("utf-8", "replace").replace(" ", "")
    return "/2" in text or ">>1" in text


def choose(tu, name):
    """The named function (among overloads, the first Measure can call), else the first Measure can
    call, with its refusal (None when it can be called); (None, None) when there is none."""
    refused = None
    for f in defined_functions(tu, lambda c: c.location.file is not None and c.location.file.name == MAIN):
        if name and f.spelling != name:
            continue
        refusal = call_refusal(f)
        if refusal is None:
            return f, None
        if name and refused is None:
            refused = (f, refusal)
    return refused or (None, None)


def driver(f, params, kinds, size, budget, sorted_input):
    """Our main: builds the arguments for each size outside the timed region and times the call."""
    grows = size or next((p.spelling for p, k in zip(params, kinds) if k in ("list", "array", "str")),
                         params[0].spelling)
    has_array = "array" in kinds
    lines = ["#undef main", "#include <algorithm>", "#include <chrono>", "#include <cstdio>", "#include <ctime>",
             "#include <random>", "#include <string>", "#include <type_traits>", "#include <vector>",
             "// The call's result escapes, so -O2 cannot drop a call whose value nothing reads.",
             "template <class F> void code_remote_call(F &&f) {",
             "    if constexpr (std::is_void_v<decltype(f())>) {",
             "        f();",
             "    } else {",
             "        auto r = f();",
             '        asm volatile("" : : "r"(&r) : "memory");',
             "    }",
             "}",
             "int main() {",
             "    std::mt19937_64 code_remote_rng(12345);",
             "    const double code_remote_budget = %r;" % float(budget),
             "    const auto code_remote_start = std::chrono::steady_clock::now();",
             "    auto code_remote_since = [](std::chrono::steady_clock::time_point t) {",
             "        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count(); };",
             "    // Calls are timed in this thread's CPU time: the wall clock would also count the time the",
             "    // scheduler gave others on a loaded machine. The budget stays on the wall clock.",
             "    auto code_remote_cpu = [] { timespec t{}; clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);",
             "        return double(t.tv_sec) + double(t.tv_nsec) * 1e-9; };",
             "    double code_remote_previous = 1e300;",
             "    const bool code_remote_numbers_only = %s;" % ("false" if any(k != "num" for k in kinds) else "true"),
             "    for (long long n = code_remote_numbers_only ? 4 : 16; n <= 50000000;",
             "         n = code_remote_numbers_only ? n + n / 4 + 1 : n * 2) {"]
    args = []
    for i, (p, k) in enumerate(zip(params, kinds)):
        length = "n" if p.spelling == grows else "8"
        if k in ("list", "array"):
            t = element_type(p.type)
            lines += ["        std::vector<%s> code_remote_base%d(%s);" % (t, i, length),
                      "        for (auto &x : code_remote_base%d) x = (%s)(code_remote_rng() %% 1000000);" % (i, t)]
            if sorted_input:
                lines.append("        std::sort(code_remote_base%d.begin(), code_remote_base%d.end());" % (i, i))
        elif k == "str":
            lines += ["        std::string code_remote_base%d(%s, 'a');" % (i, length),
                      "        for (auto &c : code_remote_base%d) c = (char)('a' + code_remote_rng() %% 26);" % i]
        else:
            value = "n" if p.spelling == grows or has_array else "8"
            lines.append("        const auto code_remote_base%d = %s;" % (i, value))
    # The fastest of up to three batches (as the Python and JavaScript harnesses keep the fastest): a
    # batch that cache misses or an interrupt slowed is longer, never shorter, and one such batch at a
    # small size used to flatten the whole curve. A call of 20 ms or more is timed once.
    # A member function is called on one object per size, made outside the timed region with the
    # class's constructor without arguments (call_refusal has checked there is one).
    record = owner(f)
    if record is not None and not f.is_static_method():
        lines.append("        %s code_remote_object{};" % qualified(record))
        callee = "code_remote_object.%s" % f.spelling
    else:
        callee = qualified(f)
    lines += ["        double code_remote_each = 1e300, code_remote_point = 0;",
              "        for (int code_remote_batch = 0; code_remote_batch < 3 && code_remote_point < 0.02;",
              "             ++code_remote_batch) {",
              "        double code_remote_spent = 0;", "        long long code_remote_calls = 0;", "        do {"]
    for i, k in enumerate(kinds):
        lines.append("            auto code_remote_arg%d = code_remote_base%d;" % (i, i))
        args.append("code_remote_arg%d.data()" % i if k == "array" else "code_remote_arg%d" % i)
    lines += ["            const double code_remote_t0 = code_remote_cpu();",
              "            code_remote_call([&] { return %s(%s); });" % (callee, ", ".join(args)),
              "            code_remote_spent += code_remote_cpu() - code_remote_t0;",
              "            ++code_remote_calls;",
              "        } while (code_remote_spent < 0.002 && code_remote_calls < 1000);",
              "        code_remote_each = std::min(code_remote_each, code_remote_spent / code_remote_calls);",
              "        code_remote_point += code_remote_spent;",
              "        }",
              '        std::printf("{\\"n\\": %lld, \\"seconds\\": %.9g}\\n", n, code_remote_each);',
              "        std::fflush(stdout);",
              "        // The next size costs what this one did times the last growth (at least doubled): stop",
              "        // while it still fits the budget (fib(n) grows by ~2^(n/4) from one size to the next).",
              "        const double code_remote_growth = std::max(2.0, code_remote_each / code_remote_previous);",
              "        code_remote_previous = code_remote_each;",
              "        if (code_remote_since(code_remote_start) + code_remote_each * code_remote_growth * 2",
              "            > code_remote_budget) break;",
              "    }"]
    kind = "sorted" if sorted_input and any(k in ("list", "array") for k in kinds) else \
        {"list": "list", "array": "list", "str": "str"}.get(kinds[[p.spelling for p in params].index(grows)]
                                                             if grows in [p.spelling for p in params] else "", "int")
    done = {"done": True, "function": f.spelling, "kind": kind, "size": grows,
            "parameters": [{"name": p.spelling, "kind": k} for p, k in zip(params, kinds)]}
    lines += ['    std::printf("%%s\\n", %s);' % json.dumps(json.dumps(done)), "    return 0;", "}"]
    return "\n".join(lines) + "\n"


def measure_main():
    header = json.loads(sys.stdin.buffer.readline().decode("utf-8") or "{}")
    source = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    tu = parse(source)
    error = first_error(tu)
    if error:
        sys.stdout.write(json.dumps({"error": "line %d: %s" % (error["line"], error["error"])}) + "\n")
        return
    wanted = header.get("function") or ""
    f, refusal = choose(tu, wanted)
    if f is None:
        sys.stdout.write(json.dumps({"error": "no function named %s" % wanted if wanted else
                                     "no function whose parameters are numbers, strings or vectors "
                                     "of numbers to measure"}) + "\n")
        return
    if refusal:
        sys.stdout.write(json.dumps({"error": "%s() cannot be measured: %s" % (f.spelling, refusal)}) + "\n")
        return
    params = parameters(f)
    kinds = [parameter_kind(p.type) for p in params]
    size = header.get("size") or ""
    if size and size not in [p.spelling for p in params]:
        sys.stdout.write(json.dumps({"error": "%s() has no parameter %s" % (f.spelling, size)}) + "\n")
        return
    program = "#define main code_remote_user_main\n#line 1\n" + source + "\n" + driver(
        f, params, kinds, size, header.get("budget", 3.0), halves(f, source))
    sys.stdout.write(program)


if __name__ == "__main__":
    measure_main()
