def analyze_cpp():
    """Reads a C++ program on standard input and writes the analyzer's answer (static_analyzer.main's
    output, for the program model cpp_tree_dump.main would write)."""
    source = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    sys.setrecursionlimit(10000)
    try:
        model = parse_model(source)
        result = analyze_model(model, analyze_tree)
    except RecursionError:
        result = {"ok": False, "error": "program nested too deeply to analyze", "line": 0}
    sys.stdout.write(json.dumps(result))
    sys.stdout.write("\n")


analyze_cpp()
