#!/usr/bin/env python3
"""The Java path of the static analyzer end to end: the JDK's compiler tree API parses each program of
tests/analysis/java/ (JavaTreeDump), lowering.py lowers the model, static_analyzer.py classifies it; the
first line of each program says what to expect (`// expect time=CLASS [risks=a,b]`).

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
    subprocess.run(["javac", "-d", classes, os.path.join(root, "analysis", "parsers", "JavaTreeDump.java")],
                   check=True)
    folder = os.path.join(root, "tests", "analysis", "java")
    for name in sorted(os.listdir(folder)):
        code = open(os.path.join(folder, name), encoding="utf-8").read()
        expect = dict(kv.split("=", 1) for kv in code.splitlines()[0].split("expect", 1)[1].split())
        model = subprocess.run(["java", "-cp", classes, "JavaTreeDump"], input=code.encode(),
                               capture_output=True, check=True).stdout.decode()
        out = static_analyzer.analyze_input(model)
        got = {"time": out.get("time_class"),
               "risks": ",".join(sorted({r["kind"] for r in out.get("risks", [])}))}
        want = {"time": expect["time"], "risks": ",".join(sorted(expect.get("risks", "").split(",")) if
                                                          expect.get("risks") else [])}
        ok = out.get("ok") and got == want
        failures += not ok
        print("%s %s: want %s, got %s (%s)" % ("PASS" if ok else "FAIL", name, want, got, out.get("explanation")))

    # A syntax error is reported with its line, not analyzed.
    bad = subprocess.run(["java", "-cp", classes, "JavaTreeDump"], input=b"class A {\n void f( {\n}\n",
                         capture_output=True, check=True).stdout.decode()
    out = static_analyzer.analyze_input(bad)
    ok = out.get("ok") is False and out.get("line") == 2
    failures += not ok
    print("%s syntax error: %s" % ("PASS" if ok else "FAIL", json.dumps(out)))
sys.exit(1 if failures else 0)
