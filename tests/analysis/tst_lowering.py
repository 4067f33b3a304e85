#!/usr/bin/env python3
"""The Java, JavaScript and C++ paths of the static analyzer end to end: the JDK's compiler tree API
(JavaTreeDump) parses each program of tests/analysis/java/, acorn (js_tree_dump.js) each program of
tests/analysis/javascript/, libclang (cpp_tree_dump.py) each program of tests/analysis/cpp/;
lowering.py lowers the model, static_analyzer.py classifies it. The first line of each program says
what to expect (`// expect time=CLASS [risks=a,b]`).

usage: tst_lowering.py SOURCE_DIR   (run by CTest)"""
import json
import os
import subprocess
import sys
import tempfile

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
sys.path.insert(0, os.path.join(root, "analysis"))
import static_analyzer  # noqa: E402

failures = 0
with tempfile.TemporaryDirectory() as classes:
    # The exports JavaTreeDump's direct use of javac's parser needs (the sandbox gives them alike).
    java_options = open(os.path.join(root, "analysis", "parsers", "JavaTreeDump.options")).read().split()
    subprocess.run(["javac", *java_options, "-d", classes, os.path.join(root, "analysis", "parsers", "JavaTreeDump.java")],
                   check=True)
    parsers = {"java": ["java", *java_options, "-cp", classes, "JavaTreeDump"],
               "javascript": ["node", os.path.join(root, "analysis", "parsers", "js_tree_dump.js")],
               "cpp": [sys.executable, os.path.join(root, "analysis", "parsers", "cpp_tree_dump.py")]}
    programs = [(lang, os.path.join(root, "tests", "analysis", lang, name)) for lang in parsers
                for name in sorted(os.listdir(os.path.join(root, "tests", "analysis", lang)))]
    for lang, path in programs:
        name = os.path.basename(path)
        code = open(path, encoding="utf-8").read()
        expect = dict(kv.split("=", 1) for kv in code.splitlines()[0].split("expect", 1)[1].split())
        model = subprocess.run(parsers[lang], input=code.encode(), capture_output=True, check=True).stdout.decode()
        out = static_analyzer.analyze_input(model)
        got = {"time": out.get("time_class"),
               "risks": ",".join(sorted({r["kind"] for r in out.get("risks", [])}))}
        want = {"time": expect["time"], "risks": ",".join(sorted(expect.get("risks", "").split(",")) if
                                                          expect.get("risks") else [])}
        if "space" in expect:
            got["space"], want["space"] = out.get("space_class"), expect["space"]
        ok = out.get("ok") and got == want
        failures += not ok
        print("%s %s: want %s, got %s (%s)" % ("PASS" if ok else "FAIL", name, want, got, out.get("explanation")))

    # Lowering details that change no class by themselves: a field incremented in a method (a visit
    # stamp, `cur++`) is that method's global, as a field assigned there is; a variable named like a
    # method is renamed where it is not the called name.
    import ast  # noqa: E402
    import lowering  # noqa: E402
    java = (b"class A { static int cur; static int[] used = new int[9];\n"
            b" static void tick() { cur++; }\n"
            b" static long power(long b, long power) { return power == 0 ? 1 : b * power(b, power - 1); }\n"
            b" public static void main(String[] a) { tick(); used[0] = cur; System.out.println(power(2, 3)); } }\n")
    model = subprocess.run(parsers["java"], input=java, capture_output=True, check=True).stdout.decode()
    tree = lowering.lower(json.loads(model))
    funcs = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
    # `break outer;` out of an inner loop sets a flag and breaks; the loop around it breaks on the flag.
    java_jump = (b"class B { public static void main(String[] a) { int n = 5, f = 0;\n"
                 b" outer: for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { if (i * j == 6) { f = i; break outer; } }\n"
                 b" f++; } System.out.println(f); } }\n")
    jump_text = ast.unparse(lowering.lower(json.loads(subprocess.run(parsers["java"], input=java_jump, capture_output=True,
                                                                     check=True).stdout.decode())))
    checks = {
        "labelled break leaves the outer loop": "_break_outer = True\n            break" in jump_text
        and "    if _break_outer:\n        break\n    f += 1" in jump_text,
        "field increment is global": any(isinstance(s, ast.Global) and "cur" in s.names for s in funcs["tick"].body),
        "parameter named like its method": [a.arg for a in funcs["power"].args.args] == ["b", "power_v"]
        and any(isinstance(n, ast.Call) and getattr(n.func, "id", "") == "power" for n in ast.walk(funcs["power"])),
    }
    for what, ok in checks.items():
        failures += not ok
        print("%s java lowering: %s" % ("PASS" if ok else "FAIL", what))

    # JavaScript: an array only pushed to and printed joined is output (its push is a print); one whose
    # length or items are read is a collection, and its push stays an append.
    js = (b"const out = [], seen = [];\nfor (let i = 0; i < 3; i++) { out.push(i); seen.push(i); }\n"
          b"console.log(seen.length);\nconsole.log(out.join(' '));\n")
    model = subprocess.run(parsers["javascript"], input=js, capture_output=True, check=True).stdout.decode()
    text = ast.unparse(lowering.lower(json.loads(model)))
    # A top-level name bound once to a number is that number, unless a parameter elsewhere has its name.
    js += b"const two = 2;\nconst three = 3;\nfunction f(three) { return three * 2; }\nconsole.log(two ** three);\n"
    model = subprocess.run(parsers["javascript"], input=js, capture_output=True, check=True).stdout.decode()
    text = ast.unparse(lowering.lower(json.loads(model)))
    checks = {"output buffer's push prints": "print(i)" in text and "out.append" not in text,
              "a collection's push appends": "seen.append(i)" in text,
              "a literal bound once is the literal": "print(2 ** three)" in text,
              "a name that is also a parameter stays a name": "return three * 2" in text}
    for what, ok in checks.items():
        failures += not ok
        print("%s javascript lowering: %s" % ("PASS" if ok else "FAIL", what))

    # A syntax error is reported with its line, not analyzed.
    for lang, bad_code in (("java", b"class A {\n void f( {\n}\n"), ("javascript", b"let a = 1;\nlet = = 2;\n"),
                           ("cpp", b"int main() {\n  int x = ;\n}\n")):
        bad = subprocess.run(parsers[lang], input=bad_code, capture_output=True, check=True).stdout.decode()
        out = static_analyzer.analyze_input(bad)
        ok = out.get("ok") is False and out.get("line") == 2
        failures += not ok
        print("%s %s syntax error: %s" % ("PASS" if ok else "FAIL", lang, json.dumps(out)))
sys.exit(1 if failures else 0)
