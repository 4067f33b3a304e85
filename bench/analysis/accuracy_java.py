#!/usr/bin/env python3
"""Accuracy of the static analyzer on the labelled CodeComplex Java programs (the Java path: the JDK's
compiler tree API writes the program model, analysis/lowering.py lowers it, static_analyzer.py reasons).

Prints accuracy on the whole file and on five folds by position modulo 5 (folds 0-2 are the ones whose
errors were read while writing the lowering; folds 3-4 were not looked at), and a confusion matrix.
Parsing takes one JVM start per program; --cache FILE keeps the models between runs.

usage: accuracy_java.py [DATASET.jsonl] [--cache FILE] [--errors]"""
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, os.path.join(ROOT, "analysis"))
sys.path.insert(0, HERE)
import static_analyzer  # noqa: E402
from accuracy import CLASSES, depth_rule, to_label  # noqa: E402

DEFAULT_DATASET = os.path.join(HERE, "..", "..", "..", "shared", "datasets", "codecomplex-java-dev.jsonl")


def main():
    args = sys.argv[1:]
    cache_path = args[args.index("--cache") + 1] if "--cache" in args else None
    plain = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] != "--cache")]
    path = plain[0] if plain else DEFAULT_DATASET
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    models = json.load(open(cache_path)) if cache_path and os.path.exists(cache_path) else {}
    results = []
    with tempfile.TemporaryDirectory() as classes:
        # The exports JavaTreeDump's direct use of javac's parser needs (the sandbox gives them alike).
        java_options = open(os.path.join(ROOT, "analysis", "parsers", "JavaTreeDump.options")).read().split()
        subprocess.run(["javac", *java_options, "-d", classes, os.path.join(ROOT, "analysis", "parsers", "JavaTreeDump.java")],
                       check=True)
        for i, row in enumerate(rows):
            if row["id"] not in models:
                models[row["id"]] = subprocess.run(["java", *java_options, "-cp", classes, "JavaTreeDump"],
                                                   input=row["code"].encode(), capture_output=True).stdout.decode()
            out = static_analyzer.analyze_input(models[row["id"]])
            predicted = to_label(out["time_class"]) if out.get("ok") else "constant"
            baseline = depth_rule(out.get("loop_depth", 0)) if out.get("ok") else "constant"
            results.append((i, row, predicted, baseline))
    if cache_path:
        json.dump(models, open(cache_path, "w"))

    def acc(subset, which=2):
        return sum(1 for r in subset if r[which] == r[1]["label"]) / len(subset) if subset else 0.0

    folds = [acc([r for r in results if r[0] % 5 == k]) for k in range(5)]
    print("programs: %d" % len(results))
    print("static analyzer accuracy: %.1f %%" % (100 * acc(results)))
    print("five folds (position mod 5): %s" % " ".join("%.1f" % (100 * f) for f in folds))
    print("loop-depth rule on the same lowered programs: %.1f %% (ratio %.2f)" % (
        100 * acc(results, 3), acc(results) / acc(results, 3) if acc(results, 3) else 0))
    print("studied folds 0-2: %.1f %%; unlooked folds 3-4: %.1f %%" % (
        100 * acc([r for r in results if r[0] % 5 < 3]), 100 * acc([r for r in results if r[0] % 5 >= 3])))
    matrix = Counter((r[1]["label"], r[2]) for r in results)
    print("\nconfusion matrix (rows: label, columns: predicted)")
    print("%-12s" % "" + "".join("%9s" % c[:8] for c in CLASSES) + "   recall")
    for label in CLASSES:
        total = sum(1 for r in results if r[1]["label"] == label)
        print("%-12s" % label + "".join("%9d" % matrix[(label, p)] for p in CLASSES) + "   %5.1f %%" % (
            100 * matrix[(label, label)] / total if total else 0))
    if "--errors" in args:
        # Only the studied folds: the others stay unread.
        for i, row, predicted, _ in results:
            if predicted != row["label"] and i % 5 < 3:
                print("%d %s  label=%s predicted=%s" % (i, row["id"], row["label"], predicted))


if __name__ == "__main__":
    main()
