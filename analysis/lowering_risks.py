"""Risky patterns of a program model (see lowering.py): commands, eval, file deletion, network and
loops without an exit, by the names of each language's libraries."""
try:
    from lowering_model import family, walk
except ImportError:
    pass  # the bundled script: lowering_model.py is earlier in the same file


RISKY_CALLS = {
    "exec": ("system_command", "high", "Runtime.exec runs a command"),
    "system": ("system_command", "high", "system() runs a command"),
    "popen": ("system_command", "high", "popen() runs a command"),
    "execSync": ("system_command", "high", "child_process runs a command"),
    "spawn": ("system_command", "high", "child_process runs a command"),
    "spawnSync": ("system_command", "high", "child_process runs a command"),
    "eval": ("eval_exec", "high", "eval() runs code built at run time"),
    "unlinkSync": ("file_deletion", "high", "deletes a file"),
    "rmSync": ("file_deletion", "high", "deletes files"),
    "unlink": ("file_deletion", "high", "deletes a file"),
    "deleteIfExists": ("file_deletion", "high", "deletes a file"),
    "forName": ("dynamic_import", "medium", "Class.forName loads a class by name"),
    "readObject": ("unpickling", "high", "ObjectInputStream.readObject can run code of the stream"),
    "fetch": ("network", "medium", "fetch() opens a network connection"),
    "openConnection": ("network", "medium", "URL.openConnection() opens a network connection"),
    "openStream": ("network", "medium", "URL.openStream() opens a network connection"),
    "newHttpClient": ("network", "medium", "HttpClient sends network requests"),
}
# Node's file calls that delete, as methods of fs or fs.promises (fs.rm(path, callback)).
JS_DELETIONS = {"rm", "rmdir", "rmdirSync"}
# Node's timers compile a string argument as code, as eval does.
JS_TIMERS = {"setTimeout", "setInterval", "setImmediate"}
RISKY_TYPES = {
    "ProcessBuilder": ("system_command", "high", "ProcessBuilder runs a command"),
    "Socket": ("network", "medium", "opens a network connection"),
    "ServerSocket": ("network", "medium", "listens on the network"),
    "URL": ("network", "medium", "opens a network address"),
    "HttpURLConnection": ("network", "medium", "opens a network connection"),
    "DatagramSocket": ("network", "medium", "opens a network connection"),
    "Function": ("eval_exec", "high", "new Function() compiles code built at run time"),
    "XMLHttpRequest": ("network", "medium", "opens a network connection"),
    "WebSocket": ("network", "medium", "opens a network connection"),
}
# C and POSIX calls of C++ programs, risky only as free functions (a container's remove() is not one);
# remove() also needs its one argument, the path: with three it is std::remove of <algorithm>.
CPP_RISKY_CALLS = {
    "fork": ("system_command", "high", "fork() starts a process"),
    "vfork": ("system_command", "high", "vfork() starts a process"),
    "execl": ("system_command", "high", "exec*() runs a command"),
    "execlp": ("system_command", "high", "exec*() runs a command"),
    "execle": ("system_command", "high", "exec*() runs a command"),
    "execv": ("system_command", "high", "exec*() runs a command"),
    "execvp": ("system_command", "high", "exec*() runs a command"),
    "execvpe": ("system_command", "high", "exec*() runs a command"),
    "execve": ("system_command", "high", "exec*() runs a command"),
    "posix_spawn": ("system_command", "high", "posix_spawn() starts a process"),
    "posix_spawnp": ("system_command", "high", "posix_spawn() starts a process"),
    "remove_all": ("file_deletion", "high", "filesystem::remove_all() deletes a directory tree"),
    "remove": ("file_deletion", "high", "remove() deletes a file"),
    "rmdir": ("file_deletion", "high", "rmdir() deletes a directory"),
    "socket": ("network", "medium", "socket() opens a network connection"),
    "connect": ("network", "medium", "connect() opens a network connection"),
    "gethostbyname": ("network", "medium", "looks up a network address"),
    "getaddrinfo": ("network", "medium", "looks up a network address"),
    "listen": ("network", "medium", "listen() waits for network connections"),
    "accept": ("network", "medium", "accept() takes a network connection"),
}
RISKY_MODULES = {"child_process": "system_command", "net": "network", "http": "network", "https": "network",
                 "dgram": "network", "vm": "eval_exec"}


def _module(name):
    """node:child_process is child_process (Node's prefix for its own modules)."""
    return name[len("node:"):] if isinstance(name, str) and name.startswith("node:") else name


def model_risks(program):
    """Risky patterns of a program model: commands, eval, file deletion, network, unbounded loops."""
    risks = []

    def add(kind, level, line, detail):
        risks.append({"kind": kind, "level": level, "line": line or 0, "detail": detail})

    # A program's own function named like a C call (union-find's connect()) is not the C call.
    own = {f.get("name") for f in walk(program) if f.get("t") == "func"}
    for stmt in walk(program):
        t = stmt.get("t")
        if t == "call":
            callee = stmt["callee"]
            name = callee.get("id") if callee.get("t") == "name" else callee.get("name")
            owner = callee["obj"].get("id") if callee.get("t") == "member" and callee["obj"].get("t") == "name" \
                else None
            if program.get("lang") == "cpp" and callee.get("t") == "name" and name in CPP_RISKY_CALLS and \
                    name not in own and (name != "remove" or len(stmt.get("args") or []) == 1):
                kind, level, detail = CPP_RISKY_CALLS[name]
                add(kind, level, stmt.get("line"), detail)
            elif name == "delete" and callee.get("t") == "member" and owner not in ("sb",):
                if owner in ("Files",) or owner is None or program.get("lang") == "java":
                    add("file_deletion", "high", stmt.get("line"), "%s.delete() deletes a file" % (owner or "File"))
            elif name in ("require",) and stmt.get("args") and stmt["args"][0].get("t") == "str" \
                    and _module(stmt["args"][0]["v"]) in RISKY_MODULES:
                add(RISKY_MODULES[_module(stmt["args"][0]["v"])], "medium", stmt.get("line"),
                    "requires %s" % stmt["args"][0]["v"])
            elif program.get("lang") == "javascript" and name not in own and (
                    (name == "Function" and callee.get("t") == "name") or
                    (name in JS_TIMERS and (stmt.get("args") or [{}])[0].get("t") == "str")):
                add("eval_exec", "high", stmt.get("line"), "%s() compiles code built at run time" % name)
            elif program.get("lang") == "javascript" and name in JS_DELETIONS and callee.get("t") == "member":
                add("file_deletion", "high", stmt.get("line"), "fs.%s() deletes files" % name)
            elif name in RISKY_CALLS and not (name == "exec" and owner not in (None,) and
                                              program.get("lang") == "javascript" and owner != "child_process"):
                kind, level, detail = RISKY_CALLS[name]
                if name == "exec" and program.get("lang") == "java" and callee.get("t") != "member":
                    continue
                add(kind, level, stmt.get("line"), detail)
        elif t == "new" and family(stmt.get("type")) in RISKY_TYPES:
            kind, level, detail = RISKY_TYPES[family(stmt.get("type"))]
            add(kind, level, stmt.get("line"), detail)
        elif t == "import" and _module(stmt.get("module")) in RISKY_MODULES:
            add(RISKY_MODULES[_module(stmt["module"])], "medium", stmt.get("line"), "imports %s" % stmt["module"])
        elif t in ("while", "for", "do"):
            c = stmt.get("c")
            forever = c is None or (c.get("t") == "bool" and c.get("v")) or (c.get("t") == "num" and c.get("v"))
            # `continue outer;` naming a loop outside this one leaves it for the next pass of that loop.
            own_labels = {n.get("label") for n in walk(stmt) if n.get("t") in ("while", "for", "do", "foreach")}
            if forever and not any(n.get("t") in ("break", "return", "throw") or (
                    n.get("t") == "continue" and n.get("label") and n["label"] not in own_labels) or (
                    n.get("t") == "call" and (n["callee"].get("name") or n["callee"].get("id")) in ("exit", "abort"))
                    for n in walk(stmt.get("body"))):
                add("unbounded_loop", "medium", stmt.get("line"), "a loop without condition, break or return")
    risks.sort(key=lambda r: r["line"])
    return risks
