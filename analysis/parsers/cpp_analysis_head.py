"""The head of the C++ scripts the build bundles (analysis/CMakeLists.txt): cpp_analysis.py is this head,
the C++ parser (cpp_clang.py, cpp_macros.py, cpp_expressions.py, cpp_tree_dump.py), the lowering and static_analyzer.py,
then cpp_analysis_tail.py; cpp_measure.py is this head, the parser, cpp_measure.py, cpp_measure_tail.py.
Parsing and analyzing in one process spares the second sandboxed run (and the second interpreter
start) the other languages need, whose parsers are not written in Python.

The parts end with `if __name__ == "__main__": main()`, each its own entry point; under another
name none of them runs, and the tail calls what the bundle is for."""
__name__ = "code_remote_cpp_bundle"
