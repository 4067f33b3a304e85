#!/usr/bin/env python3
"""Accuracy of the static complexity analyzer on the labelled CodeComplex programs.

Prints overall accuracy, accuracy on each half of the set (even and odd positions: the analyzer was
first tuned looking only at the even half, so the odd half is the held-out check), on five folds by
position modulo 5 (a general rule should help in most of them), a confusion matrix, and the plain
loop-depth rule measured on the same programs as the baseline.

--errors lists the wrong answers of the studied folds 0-2 only.

It also prints the confusion matrix of folds 0-2 alone (the part whose errors may be read) and checks
the sanity set: the 28 hand-written programs the analyzer first shipped with (the `s_` entries of
translated/manifest.json) and every other `# expect time=` program of tests/analysis/programs.

usage: accuracy.py [DATASET.jsonl] [--json] [--errors]
"""
import importlib.util
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ANALYZER = os.path.join(HERE, "..", "..", "analysis", "static_analyzer.py")
PROGRAMS = os.path.join(HERE, "..", "..", "tests", "analysis", "programs")
MANIFEST = os.path.join(HERE, "translated", "manifest.json")
DEFAULT_DATASET = os.path.join(HERE, "..", "..", "..", "shared", "datasets", "codecomplex-python-dev.jsonl")
CLASSES = ["constant", "logn", "linear", "nlogn", "quadratic", "cubic", "exponential"]


def load_analyzer():
    spec = importlib.util.spec_from_file_location("static_analyzer", ANALYZER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def to_label(time_class):
    # Classes outside CodeComplex's seven map to the nearest one it has.
    return {"factorial": "exponential", "sqrt": "linear", "polynomial": "cubic"}.get(time_class, time_class)


def depth_rule(depth):
    return ["constant", "linear", "quadratic", "cubic"][min(depth, 3)]


def expected_time(code):
    for line in code.splitlines():
        if line.startswith("# expect") and "time=" in line:
            return line.split("time=")[1].split()[0]
    return None


def sanity(analyzer):
    """(sanity set passed, its size, fixtures passed, their count, failures) on tests/analysis/programs."""
    first = {os.path.basename(p["source"]) for p in json.load(open(MANIFEST, encoding="utf-8"))
             if p["id"].startswith("s_")}
    passed_first = passed_all = total = 0
    failures = []
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py"):
            continue
        code = open(os.path.join(PROGRAMS, name), encoding="utf-8").read()
        want = expected_time(code)
        if want is None:
            continue
        total += 1
        out = analyzer.analyze(code)
        got = out.get("time_class") if out.get("ok") else None
        if got == want:
            passed_all += 1
            passed_first += name in first
        else:
            failures.append("%s: expected %s, got %s" % (name, want, got))
    return passed_first, len(first), passed_all, total, failures


def print_matrix(subset):
    matrix = Counter((r[1]["label"], r[2]) for r in subset)
    print("%-12s" % "" + "".join("%9s" % c[:8] for c in CLASSES) + "   recall")
    for label in CLASSES:
        row = [matrix[(label, p)] for p in CLASSES]
        total = sum(1 for r in subset if r[1]["label"] == label)
        print("%-12s" % label + "".join("%9d" % v for v in row) + "   %5.1f %%" % (
            100 * matrix[(label, label)] / total if total else 0))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else DEFAULT_DATASET
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    analyzer = load_analyzer()
    results = []
    for i, row in enumerate(rows):
        out = analyzer.analyze(row["code"])
        predicted = to_label(out["time_class"]) if out.get("ok") else "constant"
        baseline = depth_rule(out.get("loop_depth", 0)) if out.get("ok") else "constant"
        results.append((i, row, predicted, baseline))

    def acc(subset, which):
        if not subset:
            return 0.0
        return sum(1 for r in subset if r[which] == r[1]["label"]) / len(subset)

    even = [r for r in results if r[0] % 2 == 0]
    odd = [r for r in results if r[0] % 2 == 1]
    summary = {
        "programs": len(results),
        "accuracy": acc(results, 2), "accuracy_even_half": acc(even, 2), "accuracy_odd_half": acc(odd, 2),
        "loop_depth_baseline": acc(results, 3),
        "loop_depth_baseline_even": acc(even, 3), "loop_depth_baseline_odd": acc(odd, 3),
    }
    # Five folds by position modulo 5: a rule that only helps one fold is fitted to a few programs.
    summary["accuracy_folds"] = [acc([r for r in results if r[0] % 5 == k], 2) for k in range(5)]
    summary["loop_depth_baseline_folds"] = [acc([r for r in results if r[0] % 5 == k], 3) for k in range(5)]
    summary["ratio_to_baseline"] = summary["accuracy"] / summary["loop_depth_baseline"] \
        if summary["loop_depth_baseline"] else None
    if "--json" in sys.argv:
        print(json.dumps(summary, indent=2))
        return
    print("programs: %d" % len(results))
    print("static analyzer accuracy: %.1f %%  (even half %.1f %%, odd half %.1f %%)" % (
        100 * summary["accuracy"], 100 * summary["accuracy_even_half"], 100 * summary["accuracy_odd_half"]))
    print("loop-depth rule baseline: %.1f %%  (even half %.1f %%, odd half %.1f %%)" % (
        100 * summary["loop_depth_baseline"], 100 * summary["loop_depth_baseline_even"],
        100 * summary["loop_depth_baseline_odd"]))
    print("five folds (position mod 5): analyzer %s; loop-depth rule %s" % (
        " ".join("%.1f" % (100 * a) for a in summary["accuracy_folds"]),
        " ".join("%.1f" % (100 * a) for a in summary["loop_depth_baseline_folds"])))
    print("ratio analyzer / baseline: %.2f" % summary["ratio_to_baseline"])
    # Since the third round, errors are read on folds 0-2 only; folds 3-4 are the check. Their odd
    # positions were never read in any round (the first round read the even half).
    print("studied folds 0-2: %.1f %%; unlooked folds 3-4: %.1f %% (odd positions of folds 3-4, never read: %.1f %%)" % (
        100 * acc([r for r in results if r[0] % 5 < 3], 2), 100 * acc([r for r in results if r[0] % 5 >= 3], 2),
        100 * acc([r for r in results if r[0] % 5 >= 3 and r[0] % 2 == 1], 2)))
    print("\nconfusion matrix (rows: label, columns: predicted)")
    print_matrix(results)
    print("\nconfusion matrix of the studied folds 0-2")
    print_matrix([r for r in results if r[0] % 5 < 3])
    first_ok, first_n, all_ok, all_n, failures = sanity(analyzer)
    print("\nsanity set: %d / %d; all fixtures of tests/analysis/programs: %d / %d" % (
        first_ok, first_n, all_ok, all_n))
    for failure in failures:
        print("  FAIL " + failure)
    if "--errors" in sys.argv:
        for i, row, predicted, _ in results:
            # Only the studied folds: folds 3-4 stay unread.
            if predicted != row["label"] and i % 5 < 3:
                print("%d %s  label=%s predicted=%s" % (i, row["id"], row["label"], predicted))


if __name__ == "__main__":
    main()
