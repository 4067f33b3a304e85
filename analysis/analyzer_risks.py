"""Risky patterns of a Python program (eval, subprocess, file deletion, network, pickle...), reported
beside its complexity by the static analyzer (static_analyzer.py).
"""

import ast

# In the bundled script (analysis/CMakeLists.txt, `analyzer_parts`) these names are defined by the
# parts in front of this one; loaded as a module beside them, it imports them.
if "base_name" not in globals():
    from analyzer_syntax import base_name, call_name


RISK_CALLS = {
    "eval": ("eval_exec", "high"), "exec": ("eval_exec", "high"), "compile": ("eval_exec", "medium"),
    "system": ("system_command", "high"), "popen": ("system_command", "high"),
    "Popen": ("system_command", "high"), "call": None, "check_output": ("system_command", "high"),
    "check_call": ("system_command", "high"), "execv": ("system_command", "high"),
    "execvp": ("system_command", "high"), "spawnv": ("system_command", "high"),
    "remove": None, "unlink": ("file_deletion", "high"), "rmtree": ("file_deletion", "high"),
    "rmdir": ("file_deletion", "high"), "removedirs": ("file_deletion", "high"),
    "__import__": ("dynamic_import", "medium"), "import_module": ("dynamic_import", "medium"),
    "urlopen": ("network", "medium"), "create_connection": ("network", "medium"),
    "loads": None, "load": None,
}
NETWORK_MODULES = {"socket", "urllib", "requests", "http", "ftplib", "smtplib", "telnetlib", "httpx",
                   "aiohttp", "paramiko"}
PICKLE_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill"}


def scan_risks(tree):
    risks = []

    def add(kind, level, line, detail):
        risks.append({"kind": kind, "level": level, "line": line, "detail": detail})

    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for m in mods:
                root = m.split(".")[0]
                if root in NETWORK_MODULES:
                    add("network", "medium", node.lineno, "imports %s" % m)
                if root == "subprocess":
                    add("system_command", "medium", node.lineno, "imports subprocess")
                if root in ("importlib",):
                    add("dynamic_import", "low", node.lineno, "imports importlib")
        elif isinstance(node, ast.Call):
            name = call_name(node)
            owner = base_name(node.func.value) if isinstance(node.func, ast.Attribute) else None
            if name in ("loads", "load", "Unpickler") and owner in PICKLE_MODULES:
                add("unpickling", "high", node.lineno, "%s.%s can run arbitrary code" % (owner, name))
            elif name in ("remove",) and owner in ("os",):
                add("file_deletion", "high", node.lineno, "os.remove deletes a file")
            elif name in ("call", "run") and owner == "subprocess":
                add("system_command", "high", node.lineno, "subprocess.%s runs a command" % name)
            # input() and sys.stdin are not risky: reading the input is what every exercise does, and
            # the IDE's console answers it.
            elif RISK_CALLS.get(name):
                kind, level = RISK_CALLS[name]
                if kind == "file_deletion" and owner not in ("os", "shutil", None) and name != "unlink":
                    continue
                if kind == "system_command" and owner not in ("os", "subprocess"):
                    continue
                if name in ("compile",) and owner is not None:
                    continue  # re.compile and friends
                add(kind, level, node.lineno, "%s()" % name)
        elif isinstance(node, ast.While):
            if isinstance(node.test, ast.Constant) and node.test.value:
                exits = any(isinstance(s, (ast.Break, ast.Return, ast.Raise)) for s in ast.walk(
                    ast.Module(body=node.body, type_ignores=[]))) or any(
                    isinstance(s, ast.Call) and call_name(s) in ("exit", "quit", "_exit")
                    for s in ast.walk(ast.Module(body=node.body, type_ignores=[])))
                if not exits:
                    add("unbounded_loop", "medium", node.lineno, "while True without break or return")
    risks.sort(key=lambda r: r["line"])
    return risks


def loop_depth(tree):
    """Deepest nesting of for/while loops: the baseline rule the benchmark compares with."""
    best = 0

    def visit(node, depth):
        nonlocal best
        for child in ast.iter_child_nodes(node):
            d = depth + 1 if isinstance(child, (ast.For, ast.While, ast.AsyncFor)) else depth
            best = max(best, d)
            visit(child, d)

    visit(tree, 0)
    return best
