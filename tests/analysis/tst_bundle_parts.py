#!/usr/bin/env python3
"""The analyzer's scripts are bundles: the build concatenates their parts (analysis/CMakeLists.txt,
`analyzer_parts`, and the C++ analysis's `cpp_parser_parts` in front of them) into one module, so a
name defined at the top level of two parts is one name in the bundle, and the later part's definition
silently replaces the earlier one's for both. Outside the bundle (the bench scripts load the parts as
modules) each part keeps its own, so the two ways of running the analyzer would differ. This test
fails when two parts of one bundle define a top-level name differently (identical one-line helpers
are harmless and allowed).

usage: tst_bundle_parts.py SOURCE_DIR   (run by CTest)"""
import ast
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
analysis = os.path.join(root, "analysis")
cmake = open(os.path.join(analysis, "CMakeLists.txt")).read()


def cmake_list(name):
    match = re.search(r"set\(%s\s+([^)]*)\)" % name, cmake)
    if not match:
        sys.exit("FAIL: no set(%s ...) in analysis/CMakeLists.txt" % name)
    return match.group(1).split()


def definitions(path):
    """Top-level name -> the dump of what binds it (functions, classes, plain assignments)."""
    out = {}
    for node in ast.parse(open(path).read(), path).body:
        names = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        for name in names:
            out[name] = ast.dump(node)
    return out


# Each part's main() is its own entry point, called only under `__name__ == "__main__"`, which no part
# is in a bundle (parsers/cpp_analysis_head.py): the bundle's tail calls what it is for.
ENTRY_POINTS = {"main"}

bundles = {"static_analyzer": cmake_list("analyzer_parts"),
           "cpp_analysis": cmake_list("cpp_parser_parts") + cmake_list("analyzer_parts")}
failures = 0
for bundle, parts in bundles.items():
    first = {}  # name -> (part, dump)
    for part in parts:
        for name, dump in definitions(os.path.join(analysis, part)).items():
            if name in first and first[name][0] != part and first[name][1] != dump \
                    and name not in ENTRY_POINTS:
                print("FAIL %s: %s is defined in %s and again, differently, in %s" % (bundle, name, first[name][0], part))
                failures += 1
            first.setdefault(name, (part, dump))
    print("%s: %d parts, %d top-level names" % (bundle, len(parts), len(first)))
sys.exit(1 if failures else 0)
