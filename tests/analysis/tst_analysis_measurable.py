#!/usr/bin/env python3
"""What the static analysis tells the IDE's Measure picker (issue 15): each language's parser (JDK tree
API, acorn, libclang) and the analyzer mark the functions Measure's harness cannot call ("measurable":
false and a "measure_note" saying why), and leave the others callable. Each case names a function and
the words its note must hold (None: callable).

usage: tst_analysis_measurable.py SOURCE_DIR   (run by CTest)"""
import os
import subprocess
import sys
import tempfile

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
sys.path.insert(0, os.path.join(root, "analysis"))
import static_analyzer  # noqa: E402

PROGRAMS = {
    "python": ("class Solution:\n"
               "    def total(self, nums):\n        return sum(nums)\n"
               "    @staticmethod\n    def biggest(nums):\n        return max(nums)\n"
               "class Box:\n    def __init__(self, k):\n        self.k = k\n"
               "    def size(self, nums):\n        return len(nums) + self.k\n"
               "def outer(a):\n    def inner(b):\n        return len(b)\n    return inner(a) + len(a)\n"
               "def echo(x):\n    return x\n",
               {"total": None, "biggest": None, "__init__": "special method", "size": "constructor needs arguments",
                "outer": None, "inner": "nested", "echo": "the use of x does not show"},
               {"total": ["nums"], "biggest": ["nums"]}),
    "javascript": ("class Solution {\n    total(a) { let s = 0; for (const x of a) s += x; return s; }\n"
                   "    static biggest(a) { return Math.max(...a); }\n}\n"
                   "class Box {\n    constructor(k) { this.k = k; }\n    size(a) { return a.length + this.k; }\n}\n"
                   "function outer(a) {\n    function inner(b) { return b.length; }\n    return inner(a) + a.length;\n}\n"
                   "const arrow = (a) => { let s = 0; for (const x of a) s += x; return s; };\n"
                   "function echo(x) { return x; }\n"
                   "const obj = { get size() { return 1; } };\nasync function later(a) { return a.length; }\n",
                   {"total": None, "biggest": None, "Box": "constructor", "size": "constructor takes arguments",
                    "outer": None, "inner": "nested", "arrow": None, "echo": "the use of x does not show",
                    "later": "not a top-level function"}, {}),
    "cpp": ("#include <vector>\nusing namespace std;\n"
            "struct Solution {\n    long long total(const vector<int> &a) { long long s = 0; for (int x : a) s += x; return s; }\n"
            "    static int biggest(const vector<int> &a) { return a.empty() ? 0 : a[0]; }\n};\n"
            "class Box {\npublic:\n    Box(int k) : k(k) {}\n    int size(const vector<int> &a) { return (int)a.size() + k; }\n"
            "private:\n    int k;\n};\n"
            "template <class T> T twice(T x) { return x + x; }\n"
            "template <class T> T sumOf(const vector<T> &a) { T s = 0; for (T x : a) s += x; return s; }\n"
            "namespace util { int count(const vector<int> &a) { return (int)a.size(); } }\n"
            "int main() { return 0; }\n",
            {"total": None, "biggest": None, "Box": "constructor", "size": "no public constructor without parameters",
             "twice": "a template whose parameter x", "sumOf": None, "count": None}, {}),
    "java": ("import java.util.function.*;\nclass Main {\n"
             "    static long total(int[] a) { long s = 0; for (int x : a) s += x; return s; }\n"
             "    int search(int[] a) { return a.length; }\n"
             "    static class Box {\n        Box(int k) {}\n        int size(int[] a) { return a.length; }\n    }\n"
             "    static Function<int[], Integer> lam = a -> { int s = 0; for (int x : a) s += x; return s; };\n"
             "    static <T> int generic(java.util.List<T> a) { return a.size(); }\n"
             "    static int counts(java.util.Map<Integer, Integer> m) { return m.size(); }\n"
             "    static int words(java.util.List<String> w, char[] c, Integer... more) { return w.size(); }\n"
             "    class Inner { int depth(int[] a) { return a.length; } }\n"
             "    static class Nested { int width(long[] a) { return a.length; } }\n"
             "    interface Shape { default int corners(int n) { return n; } }\n"
             "    public static void main(String[] args) {}\n}\n",
             {"total": None, "search": None, "Box": "constructor", "size": "no constructor without parameters",
              "lam": "lambda", "generic": "parameters Measure cannot make (java.util.List<T> a)",
              "counts": "parameters Measure cannot make", "words": None, "depth": "inner class Inner",
              "width": None, "corners": "cannot make an object"}, {}),
}

failures = 0
with tempfile.TemporaryDirectory() as classes:
    # The exports JavaTreeDump's direct use of javac's parser needs (the sandbox gives them alike).
    java_options = open(os.path.join(root, "analysis", "parsers", "JavaTreeDump.options")).read().split()
    subprocess.run(["javac", *java_options, "-d", classes,
                    os.path.join(root, "analysis", "parsers", "JavaTreeDump.java")], check=True)
    parsers = {"java": ["java", *java_options, "-cp", classes, "JavaTreeDump"],
               "javascript": ["node", os.path.join(root, "analysis", "parsers", "js_tree_dump.js")],
               "cpp": [sys.executable, os.path.join(root, "analysis", "parsers", "cpp_tree_dump.py")]}
    for lang, (code, expected, parameters) in PROGRAMS.items():
        data = code if lang == "python" else subprocess.run(
            parsers[lang], input=code.encode(), capture_output=True, check=True).stdout.decode()
        out = static_analyzer.analyze_input(data)
        functions = {f["name"]: f for f in out.get("functions", [])}
        for name, words in expected.items():
            f = functions.get(name)
            if f is None:
                ok, got = False, "not listed"
            else:
                note = f.get("measure_note") if f.get("measurable") is False else None
                ok = note is None if words is None else note is not None and words in note
                got = note or "callable"
            failures += not ok
            print("%s %s %s(): want %s, got %s" % ("PASS" if ok else "FAIL", lang, name, words or "callable", got))
        for name, params in parameters.items():
            ok = functions.get(name, {}).get("parameters") == params
            failures += not ok
            print("%s %s %s() parameters: want %s, got %s" % ("PASS" if ok else "FAIL", lang, name, params,
                                                               functions.get(name, {}).get("parameters")))
sys.exit(1 if failures else 0)
