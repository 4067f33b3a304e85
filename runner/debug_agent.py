"""Code Remote's debug and shell agent: runs inside the sandbox, in the program's own process.

The run's program (main.py) is a bootstrap that compiles this file and its companions
(debug_channel.py, debug_tracer.py, debug_shell.py) under AGENT_DIR and calls main() with its configuration (mode, profile, the user's program, breakpoints, limits). The
agent then runs the user's program under its tracer (mode "debug") or serves a Python prompt
(mode "shell", optionally after running the program: the semantics of python -i).

The channel. The agent moves the run's stdout pipe to a private descriptor before any user code
runs and points descriptor 1 at stderr, so every byte on the run's stdout is a frame the agent
wrote: one JSON object per line. The program's print() reaches the IDE as {"ev": "out"} frames
through the sys.stdout installed here; raw writes to descriptor 1 (and child processes' output)
arrive as plain stderr. A program that finds the private descriptor can write frames of its own:
it lives in this process, so nothing here can stop it, and all it can do is confuse its own
debugging (the IDE reads only bounded JSON). Commands come the other way on stdin, one JSON
object per line; the program's input travels as {"cmd": "input"} commands and is handed to it
through the sys.stdin installed here (both in debug_channel.py). A reader thread takes the commands off stdin as they come,
so that the tracer can act on some (breakpoints, pause) while the program runs (see
debug_tracer.py); the main thread only ever takes them from the reader's queue.

Messages are versioned (PROTOCOL) and name no Python specifics beyond values' type names, so a
node inspector or JDWP bridge can speak the same protocol (docs/protocol.md).

Nothing the agent sends is unbounded: values are cut to VALUE_CHARS (VALUE_MORE_CHARS on request),
children come in pages of at most PAGE_ITEMS, a stack at most STACK_FRAMES frames. Every call into
program code made for the IDE (repr, conditions, expressions, dir) runs under a time limit
(SIGALRM); a program that swallows that exception stalls only its own session, and the IDE's own
timeout notices.
"""

import _ast
import linecache
import signal
import sys
import traceback
import types

import posix

import code_remote_channel as channel_module

PyCF_ONLY_AST = _ast.PyCF_ONLY_AST
# Flags of the standard console's compiler (codeop): no implied dedent, and an unfinished block
# raises "incomplete input" rather than a plain syntax error.
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

PROTOCOL = 1
AGENT_DIR = "/work/.code-remote/"
GUARD_FILE = "/work/.guard.py"
PROGRAM_FILE = "/work/main.py"
DISPLAY_NAME = "main.py"
VALUE_CHARS = 240
VALUE_MORE_CHARS = 65536
PAGE_ITEMS = 100
STACK_FRAMES = 1200
EVAL_SECONDS = 2.0
LINE_BYTES = channel_module.LINE_BYTES


class _Timeout(BaseException):
    """Raised by the alarm inside program code the agent called; BaseException, so that ordinary
    `except Exception` in a __repr__ does not swallow it."""


_Ended = channel_module._Ended
Channel = channel_module.Channel
OutputStream = channel_module.OutputStream
InputStream = channel_module.InputStream


# -------------------------------------------------------------------------------------------------
# Bounded values


class Limiter:
    """Runs program code for the agent under a wall-clock limit."""

    def __init__(self):
        self.armed = False

    def _alarm(self, signum, frame):
        if self.armed:
            raise _Timeout()

    def call(self, seconds, function, *args):
        previous = signal.signal(signal.SIGALRM, self._alarm)
        self.armed = True
        # Repeats: a program that catches one alarm gets the next.
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
        try:
            return function(*args)
        finally:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


CONTAINERS = (list, tuple, dict, set, frozenset)


def _type_name(value):
    try:
        return type(value).__name__
    except BaseException:
        return "?"


def _cut(text, limit):
    if len(text) <= limit:
        return text, False
    return text[:limit], True


class Values:
    """The values shown during one stop, each expandable one under a number the IDE can ask about."""

    def __init__(self, limiter):
        self.limiter = limiter
        self.refs = []

    def clear(self):
        self.refs = []

    def ref_of(self, value):
        if isinstance(value, CONTAINERS) or self._instance_dict(value) is not None:
            self.refs.append(value)
            return len(self.refs)
        return 0

    @staticmethod
    def _instance_dict(value):
        if isinstance(value, (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType)):
            return None
        try:
            dictionary = object.__getattribute__(value, "__dict__")
        except BaseException:
            return None
        return dictionary if type(dictionary) is dict and dictionary else None

    def text(self, value, limit=VALUE_CHARS):
        try:
            text = self.limiter.call(EVAL_SECONDS, repr, value)
            if type(text) is not str:
                text = "<__repr__ returned %s>" % _type_name(text)
        except _Timeout:
            text = "<__repr__ did not finish in %g s>" % EVAL_SECONDS
        except BaseException as error:
            text = "<__repr__ failed: %s>" % _type_name(error)
        return _cut(text, limit)

    def describe(self, name, value):
        text, cut = self.text(value)
        item = {"name": _cut(str(name), 200)[0], "type": _type_name(value), "value": text}
        if cut:
            # The whole text can be asked for ("value") while the program stays paused here.
            item["cut"] = True
            self.refs.append(value)
            item["more"] = len(self.refs)
        ref = self.ref_of(value)
        if ref:
            item["ref"] = ref
            try:
                item["size"] = self._size(value)
            except BaseException:
                pass
        return item

    def _size(self, value):
        dictionary = self._instance_dict(value)
        if isinstance(value, dict):
            return dict.__len__(value)
        if isinstance(value, list):
            return list.__len__(value)
        if isinstance(value, tuple):
            return tuple.__len__(value)
        if isinstance(value, (set, frozenset)):
            return len(frozenset(value)) if not isinstance(value, set) else set.__len__(value)
        return len(dictionary) if dictionary is not None else 0

    def children(self, value, start, count):
        """(name, value) pairs of a container's items from `start`, using the built-in types' own
        methods so that overridden ones in a subclass do not run."""
        stop = start + count
        if isinstance(value, dict):
            pairs = []
            for index, (key, item) in enumerate(dict.items(value)):
                if index >= stop:
                    break
                if index >= start:
                    pairs.append((self.text(key, 100)[0], item))
            return pairs
        if isinstance(value, list):
            return [("[%d]" % i, list.__getitem__(value, i))
                    for i in range(start, min(stop, list.__len__(value)))]
        if isinstance(value, tuple):
            return [("[%d]" % i, tuple.__getitem__(value, i))
                    for i in range(start, min(stop, tuple.__len__(value)))]
        if isinstance(value, (set, frozenset)):
            items = list(set.__iter__(value) if isinstance(value, set) else frozenset.__iter__(value))
            return [("{%d}" % i, item) for i, item in enumerate(items) if start <= i < stop]
        dictionary = self._instance_dict(value) or {}
        return list(dict.items(dictionary))[start:stop]

    def page(self, pairs):
        return [self.describe(name, value) for name, value in pairs]


def _fix_locations(tree):
    """Line numbers for nodes made here (the module wrapper of an expression)."""
    stack = [(tree, 1, 0)]
    while stack:
        node, line, column = stack.pop()
        if "lineno" in node._attributes:
            if getattr(node, "lineno", None) is None:
                node.lineno, node.col_offset = line, column
                node.end_lineno, node.end_col_offset = line, column
            line, column = node.lineno, node.col_offset
        for field in node._fields:
            value = getattr(node, field, None)
            for child in value if type(value) is list else (value,):
                if isinstance(child, _ast.AST):
                    stack.append((child, line, column))


def _exception_text(error):
    return "".join(traceback.format_exception_only(type(error), error)).rstrip()


# -------------------------------------------------------------------------------------------------
# The agent


class Agent:
    def __init__(self, config):
        self.config = config
        self.channel = Channel()
        self.limiter = Limiter()
        self.values = Values(self.limiter)
        self.strict = config.get("profile") == "strict"
        self.guard = None
        self.input_buffer = ""
        self.input_eof = False
        self.namespace = None
        self.builtins = None
        # Takes a command that arrives while the program waits for input; returns False for one
        # it does not know.
        self.command_hook = None
        self.waiting = False  # in wait_for_input
        self.after_wait = None  # called when the wait ends

    # -- input ----------------------------------------------------------------------------------

    def wait_for_input(self):
        """Returns once more input (or its end) has come."""
        before = len(self.input_buffer)
        self.channel.send({"ev": "input"})
        self.waiting = True
        try:
            self.serve_until(lambda: len(self.input_buffer) > before or self.input_eof)
        finally:
            self.waiting = False
            if self.after_wait is not None:
                self.after_wait()

    def serve_until(self, done):
        """Serves commands while the program waits (for input): those valid at any time, and
        those `command_hook` takes (the tracer's breakpoints and pause)."""
        while not done():
            command = self.channel.read_command()
            if self.handle_common(command):
                continue
            if self.command_hook is not None and self.command_hook(command):
                continue
            if command.get("req") is not None:
                self.channel.send({"ev": "error", "req": command.get("req"),
                                   "message": "the program is running"})

    def handle_common(self, command):
        """Commands valid at any time; returns False for one it does not know."""
        kind = command.get("cmd")
        if kind == "input":
            text = command.get("text")
            if type(text) is str:
                self.input_buffer += text
        elif kind == "eof":
            self.input_eof = True
        elif kind == "end":
            raise _Ended()
        else:
            return False
        return True

    # -- the program ----------------------------------------------------------------------------

    def setup_streams(self):
        sys.stdout = OutputStream(self.channel, "stdout")
        sys.stderr = OutputStream(self.channel, "stderr")
        sys.stdin = InputStream(self)

    def make_namespace(self):
        main_module = types.ModuleType("__main__")
        namespace = main_module.__dict__
        namespace["__name__"] = "__main__"
        namespace["__file__"] = PROGRAM_FILE
        if self.guard is not None:
            namespace["__builtins__"] = self.guard.program_namespace()
        else:
            import builtins
            namespace["__builtins__"] = builtins
        sys.modules["__main__"] = main_module
        self.namespace = namespace

    def load_guard(self):
        source = self.config.get("guard")
        if not self.strict or not source:
            return
        guard = types.ModuleType("code_remote_guard")
        guard.__dict__["__name__"] = "code_remote_guard"
        exec(compile(source, GUARD_FILE, "exec"), guard.__dict__)
        self.guard = guard

    def parse(self, source, filename, mode, flags=0):
        """(code, violations): `source` compiled, and the guard's violations in it as
        (line, message, kind, detail) tuples, none in the standard profile. Raises SyntaxError.

        In the strict profile the text is parsed under the guard's own check file name and the
        syntax tree compiled: the guard's audit hook, in place while the program runs, refuses
        compiling text that names import or frames, whoever compiles it; a tree it lets through,
        and the tree has passed the same static checks as a program.
        """
        parse_name = self.guard.CHECK_FILENAME if self.guard is not None else filename
        try:
            tree = compile(source, parse_name, mode, flags | PyCF_ONLY_AST, True)
        except SyntaxError as error:
            if error.filename == parse_name:
                error.filename = filename
            raise
        violations = []
        if self.guard is not None:
            module = tree
            if mode == "eval":
                module = _ast.Module(body=[_ast.Expr(tree.body)], type_ignores=[])
            elif mode != "exec":
                module = _ast.Module(body=tree.body, type_ignores=[])
            _fix_locations(module)
            violations = [(v.line, v.message, v.kind, v.detail)
                          for v in self.guard.PolicyChecker().check(module)]
            if not violations:
                # Class patterns get the guard's check in front of them; the wrapper shares the
                # statements with `tree`, which is changed with it.
                self.guard._guard_class_patterns(module)
        return compile(tree, filename, mode, flags & ~PyCF_ALLOW_INCOMPLETE_INPUT, True), violations

    def compile_program(self):
        """The program's code object, or None after printing why it cannot run."""
        source = self.config.get("program") or ""
        lines = [line + "\n" for line in source.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        linecache.cache[PROGRAM_FILE] = (len(source), None, lines, PROGRAM_FILE)
        try:
            code, violations = self.parse(source, PROGRAM_FILE, "exec")
        except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
            sys.stderr.write(_exception_text(error) + "\n")
            self.channel.send({"ev": "compile_error", "message": str(error),
                               "line": getattr(error, "lineno", None) or 1})
            return None
        if violations:
            self.report_violations(violations, DISPLAY_NAME)
            return None
        return code

    def report_violations(self, violations, shown_name):
        for line, message, kind, detail in violations:
            sys.stderr.write("%s:%d: %s is not allowed in the strict profile\n" % (shown_name, line, message))
        self.channel.send({"ev": "violations", "items": [
            {"kind": kind, "detail": detail, "line": line} for line, _, kind, detail in violations]})

    def install_audit_hook(self):
        if self.guard is not None:
            sys.addaudithook(self.guard._audit_hook)

    def print_exception(self, error):
        summary = traceback.TracebackException(type(error), error, error.__traceback__, compact=True)
        _drop_agent_frames(summary, set())
        sys.stderr.write("".join(summary.format()))


def _drop_agent_frames(summary, seen):
    """Remove the agent's frames (and the bootstrap's, the outermost) from a TracebackException."""
    if summary is None or id(summary) in seen:
        return
    seen.add(id(summary))
    stack = list(summary.stack)
    if len(stack) >= 2 and stack[0].filename == PROGRAM_FILE and is_agent_file(stack[1].filename):
        stack = stack[1:]
    summary.stack[:] = [frame for frame in stack if not is_agent_file(frame.filename)]
    _drop_agent_frames(summary.__cause__, seen)
    _drop_agent_frames(summary.__context__, seen)


def is_agent_file(filename):
    return filename.startswith(AGENT_DIR) or filename == GUARD_FILE


def main(config):
    if config.get("mode") == "shell":
        return sys.modules["code_remote_shell"].run(Agent(config))
    return sys.modules["code_remote_debugger"].run(Agent(config))
