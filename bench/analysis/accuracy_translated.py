#!/usr/bin/env python3
"""Accuracy of the static analyzer on programs translated to C++ and JavaScript (no labelled set exists
for those languages): bench/analysis/translated/ holds CodeComplex Java dev programs and the
hand-written Python sanity programs, each translated faithfully to both languages with its label
(manifest.json). Every program is analyzed as the product does it, `code-remote-run --analyze-only
FILE --json` (the parser and the analyzer in the sandbox); the originals (Java and Python) are analyzed
in the same run for comparison.

A language the build cannot analyze (the analyzer answers an error for every program of it) is
reported as "not analyzed", not as 0 %.

Every run prints the translations whose class differs from their original's, with both bounds and
reasons: each is a gap of one language's parser or lowering (or of the translation).

usage: accuracy_translated.py [BUILD_DIR] [--check] [--errors] [--jobs N]
  --errors  also every program whose class differs from its label, in every language
  --check   also compile (g++ -std=c++17) / parse (node --check) every translation and run it on the
            small input of its manifest entry (needs g++ and node)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
TRANSLATED = os.path.join(HERE, "translated")
sys.path.insert(0, HERE)
from accuracy import CLASSES, to_label  # noqa: E402

JAVA_DATASET = os.path.join(HERE, "..", "..", "..", "shared", "datasets", "codecomplex-java-dev.jsonl")
NOT_ANALYZED = "n/a"


def analyze(cli, path):
    """The analyzer's class for one file, or NOT_ANALYZED with the reason when it gives none."""
    # The standard profile, as the analysis runs itself: the strict profile refuses programs over 10 KiB
    # before analyzing them (two Java originals carry that much template).
    proc = subprocess.run([cli, "--profile", "standard", "--analyze-only", path, "--json"], capture_output=True,
                          timeout=300)
    try:
        out = json.loads(proc.stdout.decode() or "{}")
    except json.JSONDecodeError:
        return NOT_ANALYZED, "no JSON (exit %d): %s" % (proc.returncode, proc.stderr.decode()[:200])
    if not out:
        return NOT_ANALYZED, "no answer (exit %d): %s" % (proc.returncode, proc.stderr.decode()[:200])
    if out.get("status") != "ok":
        return NOT_ANALYZED, out.get("error") or "status %s" % out.get("status")
    # The bound and the reason travel with the class: where a translation and its original disagree,
    # they say which loop or call one language's parser or lowering reads differently.
    return to_label(out["time_class"]), "%s: %s" % (out.get("time", ""), out.get("explanation", ""))


def check(entry, lang, workdir):
    """Compiles / parses one translation and runs it on its small input: '' when it works."""
    src = os.path.join(TRANSLATED, entry[lang])
    if lang == "cpp":
        binary = os.path.join(workdir, entry["id"])
        has_input = entry["input"] is not None
        cmd = ["g++", "-std=c++17", "-O1", "-Wall", "-Werror", src] + (["-o", binary] if has_input else
                                                                          ["-c", "-o", binary + ".o"])
        proc = subprocess.run(cmd, capture_output=True, timeout=300)
        if proc.returncode != 0:
            return "g++: " + proc.stderr.decode()[-300:]
        run = [binary]
    else:
        proc = subprocess.run(["node", "--check", src], capture_output=True, timeout=60)
        if proc.returncode != 0:
            return "node --check: " + proc.stderr.decode()[-300:]
        run = ["node", src]
    if entry["input"] is None:
        return ""  # a library of functions (no main program): compiling is the check
    proc = subprocess.run(run, input=entry["input"].encode(), capture_output=True, timeout=120)
    if proc.returncode != 0 or not proc.stdout.strip():
        return "run: exit %d, %s" % (proc.returncode, proc.stderr.decode()[-300:])
    return ""


def report(title, results):
    """results: list of (entry, predicted, why). Prints accuracy and the confusion matrix."""
    analyzed = [r for r in results if r[1] != NOT_ANALYZED]
    if not analyzed:
        reasons = Counter(r[2] for r in results)
        print("%s: not analyzed (%s)" % (title, "; ".join("%s x%d" % kv for kv in reasons.most_common(2))))
        return None
    right = sum(1 for e, p, _ in analyzed if p == e["label"])
    line = "%s: %.1f %% (%d/%d)" % (title, 100.0 * right / len(results), right, len(results))
    if len(analyzed) < len(results):
        line += ", %d not analyzed" % (len(results) - len(analyzed))
    print(line)
    return right / len(results)


def confusion(title, results):
    matrix = Counter((e["label"], p) for e, p, _ in results)
    cols = CLASSES + [NOT_ANALYZED]
    print("\n%s: confusion matrix (rows: label, columns: predicted)" % title)
    print("%-12s" % "" + "".join("%9s" % c[:8] for c in cols) + "   recall")
    for label in CLASSES:
        total = sum(1 for e, _, _ in results if e["label"] == label)
        if not total:
            continue
        print("%-12s" % label + "".join("%9d" % matrix[(label, p)] for p in cols) + "   %5.1f %%" % (
            100.0 * matrix[(label, label)] / total))


def main():
    args = sys.argv[1:]
    jobs = int(args[args.index("--jobs") + 1]) if "--jobs" in args else 2
    plain = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] != "--jobs")]
    build = os.path.abspath(plain[0] if plain else os.path.join(ROOT, "build"))
    cli = os.path.join(build, "bin", "code-remote-run")
    if not os.path.exists(cli):
        sys.exit("no %s: build the code-remote-run target first" % cli)
    entries = json.load(open(os.path.join(TRANSLATED, "manifest.json"), encoding="utf-8"))
    java_rows = [json.loads(line) for line in open(JAVA_DATASET, encoding="utf-8") if line.strip()]

    with tempfile.TemporaryDirectory() as tmp:
        # The originals, written where the CLI can read them (Java by its own file name).
        originals = {}
        for e in entries:
            if e["set"] == "java-dev":
                index = int(e["source"].split("#")[1])
                path = os.path.join(tmp, e["id"] + ".java")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(java_rows[index]["code"])
                originals[e["id"]] = ("java", path)
            else:
                originals[e["id"]] = ("python", os.path.join(ROOT, e["source"]))

        tasks = []
        for e in entries:
            tasks.append((e, "cpp", os.path.join(TRANSLATED, e["cpp"])))
            tasks.append((e, "javascript", os.path.join(TRANSLATED, e["js"])))
            tasks.append((e,) + originals[e["id"]])
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            answers = list(pool.map(lambda t: analyze(cli, t[2]), tasks))

        checks = {}
        if "--check" in args:
            if not shutil.which("g++") or not shutil.which("node"):
                sys.exit("--check needs g++ and node")
            work = os.path.join(tmp, "bin")
            os.makedirs(work)
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                pairs = [(e, lang) for e in entries for lang in ("cpp", "js")]
                for (e, lang), problem in zip(pairs, pool.map(lambda p: check(p[0], p[1], work), pairs)):
                    checks[(e["id"], lang)] = problem

    by = {}
    for (e, lang, _), (predicted, why) in zip(tasks, answers):
        by.setdefault((e["set"], lang), []).append((e, predicted, why))

    sets = [("java-dev", "Java dev programs (CodeComplex, first 5 of each class in folds 0-2)"),
            ("sanity", "sanity set (hand-written Python programs)")]
    for key, title in sets:
        n = sum(1 for e in entries if e["set"] == key)
        print("%s: %d programs" % (title, n))
        original = "java" if key == "java-dev" else "python"
        for lang, name in ((original, "original (%s)" % original), ("cpp", "C++"), ("javascript", "JavaScript")):
            report("  %-20s" % name, by[(key, lang)])
        print()
    all_results = {lang: by[("java-dev", lang)] + by[("sanity", lang)] for lang in ("cpp", "javascript")}
    for lang, name in (("cpp", "C++"), ("javascript", "JavaScript")):
        report("both sets, %s" % name, all_results[lang])
    for lang, name in (("java", "Java originals"), ("cpp", "C++"), ("javascript", "JavaScript")):
        results = by[("java-dev", lang)] if lang == "java" else all_results[lang]
        if any(p != NOT_ANALYZED for _, p, _ in results):
            confusion(name + (" (Java dev set)" if lang == "java" else " (both sets)"), results)
    # Where a translation and its original disagree: the parser or lowering of one language differs.
    # Printed every run, each with both sides' bound and reason (these programs come from folds 0-2
    # and the sanity set, whose errors may be read).
    disagree = []
    for key, original in (("java-dev", "java"), ("sanity", "python")):
        orig = {e["id"]: (p, why) for e, p, why in by[(key, original)]}
        for lang in ("cpp", "javascript"):
            for e, p, why in by[(key, lang)]:
                if p != NOT_ANALYZED and p != orig[e["id"]][0]:
                    disagree.append("%s %s: label=%s original=%s translated=%s\n      original:   %s\n"
                                    "      translated: %s" % (e["id"], lang, e["label"], orig[e["id"]][0], p,
                                                          orig[e["id"]][1][:160], why[:160]))
    print("\ntranslations whose class differs from their original's: %d" % len(disagree))
    for line in disagree:
        print("  " + line)
    if "--errors" in args:
        for lang in ("java", "python", "cpp", "javascript"):
            results = by.get(("java-dev", lang), []) + by.get(("sanity", lang), [])
            if all(p == NOT_ANALYZED for _, p, _ in results):
                continue  # the language as a whole is reported as not analyzed above
            for e, p, why in results:
                if p == NOT_ANALYZED:
                    print("  not analyzed %s %s: %s" % (lang, e["id"], why[:120]))
                elif p != e["label"]:
                    print("  wrong %s %s: label=%s predicted=%s" % (lang, e["id"], e["label"], p))
    if checks:
        bad = {k: v for k, v in checks.items() if v}
        print("\ncompile/parse and run on the manifest's input: %d of %d translations work" % (
            len(checks) - len(bad), len(checks)))
        for (ident, lang), problem in sorted(bad.items()):
            print("  %s (%s): %s" % (ident, lang, problem.strip().replace("\n", " | ")))
        if bad:
            sys.exit(1)


if __name__ == "__main__":
    main()
