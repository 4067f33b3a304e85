"""Code Remote's debug and shell agent: runs inside the sandbox, in the program's own process.

The run's program (main.py) is a bootstrap that compiles this file and its two companions
(debug_tracer.py, debug_shell.py) under AGENT_DIR and calls main() with its configuration (mode, profile, the user's program, breakpoints, limits). The
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
through the sys.stdin installed here. A reader thread takes the commands off stdin as they come,
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
import json
import linecache
import signal
import sys
import traceback
import types

import _queue
import _thread
import posix
import select

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
LINE_BYTES = 1 << 20


class _Timeout(BaseException):
    """Raised by the alarm inside program code the agent called; BaseException, so that ordinary
    `except Exception` in a __repr__ does not swallow it."""


class _Ended(BaseException):
    """The IDE asked to end the session or its input ended."""


# -------------------------------------------------------------------------------------------------
# The channel


class Channel:
    def __init__(self):
        # The run's stdout pipe moves to a private descriptor; descriptor 1 becomes stderr so that
        # nothing but this channel writes frames.
        self.fd = posix.dup(1)
        posix.set_inheritable(self.fd, False)
        posix.dup2(2, 1)
        self.inbuf = b""
        self.eof = False
        self.pending = {}  # stream name -> text not yet sent: a print() is several writes
        self.queue = None  # the reader thread's commands (None: no reader, read stdin here)

    def start_reader(self, notify=None):
        """Reads the commands in a thread from now on; `notify(command)` is called in that thread
        for each one as it arrives, and must neither block nor write to the channel. Returns False
        (commands are then read on demand, as before) when no thread can start: the run's process
        limit counts threads."""
        commands = _queue.SimpleQueue()
        try:
            _thread.start_new_thread(self._read_commands, (commands, notify))
        except BaseException:
            return False
        self.queue = commands
        return True

    @staticmethod
    def _read_commands(commands, notify):
        # The thread gets no trace function (sys.settrace is per thread) and never writes to the
        # channel, so it cannot disturb the frames the main thread writes. None marks the end.
        inbuf = b""
        try:
            while True:
                try:
                    chunk = posix.read(0, 65536)
                except InterruptedError:
                    continue
                if not chunk:
                    break
                inbuf += chunk
                while True:
                    newline = inbuf.find(b"\n")
                    if newline < 0:
                        break
                    line, inbuf = inbuf[:newline], inbuf[newline + 1:]
                    command = _parse_command(line)
                    if command is not None:
                        commands.put(command)
                        if notify is not None:
                            notify(command)
                if len(inbuf) > LINE_BYTES:
                    inbuf = b""  # a command longer than any the IDE sends: drop it
        except BaseException:
            pass  # an error here must not print from this thread: the input just ends
        commands.put(None)

    def write_output(self, stream, text):
        pending = self.pending.get(stream, "") + text
        if "\n" in text or len(pending) > 4096:
            self.pending[stream] = ""
            self._send({"ev": "out", "ch": stream, "text": pending})
        else:
            self.pending[stream] = pending

    def flush(self):
        for stream, text in self.pending.items():
            if text:
                self.pending[stream] = ""
                self._send({"ev": "out", "ch": stream, "text": text})

    def send(self, message):
        self.flush()
        self._send(message)

    def _send(self, message):
        data = (json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
            "utf-8", "replace")
        view = memoryview(data)
        while view:
            try:
                written = posix.write(self.fd, view)
            except InterruptedError:
                continue
            view = view[written:]

    def read_command(self, timeout=None):
        """The next command (a dict), or None when `timeout` seconds pass first. Raises _Ended at EOF."""
        self.flush()
        if self.queue is not None:
            if self.eof:
                raise _Ended()
            try:
                command = self.queue.get(True, timeout)
            except _queue.Empty:
                return None
            if command is None:
                self.eof = True
                raise _Ended()
            return command
        while True:
            newline = self.inbuf.find(b"\n")
            if newline >= 0:
                line, self.inbuf = self.inbuf[:newline], self.inbuf[newline + 1:]
                command = _parse_command(line)
                if command is not None:
                    return command
                continue
            if self.eof:
                raise _Ended()
            if len(self.inbuf) > LINE_BYTES:
                self.inbuf = b""  # a command longer than any the IDE sends: drop it
            if timeout is not None:
                ready, _, _ = select.select([0], [], [], timeout)
                if not ready:
                    return None
            try:
                chunk = posix.read(0, 65536)
            except InterruptedError:
                continue
            if not chunk:
                self.eof = True
            self.inbuf += chunk


def _parse_command(line):
    try:
        command = json.loads(line)
    except ValueError:
        return None
    return command if type(command) is dict else None


class OutputStream:
    """sys.stdout / sys.stderr of the program: each write becomes an "out" frame."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, channel, name):
        self._channel = channel
        self._name = name
        self.buffer = _BinaryOutput(self)

    def write(self, text):
        if type(text) is not str:
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        if text:
            self._channel.write_output(self._name, text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._channel.flush()

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False


class _BinaryOutput:
    """sys.stdout.buffer: bytes are decoded (invalid UTF-8 as U+FFFD, as the run's output is shown)."""

    def __init__(self, text_stream):
        self._text = text_stream

    def write(self, data):
        self._text.write(bytes(data).decode("utf-8", "replace"))
        return len(data)

    def flush(self):
        self._text.flush()


class _BinaryInput:
    """sys.stdin.buffer: the same input, encoded."""

    def __init__(self, text_stream):
        self._text = text_stream

    def readline(self, size=-1):
        return self._text.readline(size).encode("utf-8", "surrogateescape")

    def read(self, size=-1):
        return self._text.read(size).encode("utf-8", "surrogateescape")

    def readlines(self):
        return [line.encode("utf-8", "surrogateescape") for line in self._text.readlines()]

    def __iter__(self):
        return iter(self.readline, b"")


class InputStream:
    """sys.stdin of the program: asks the IDE for input ("input" event) and waits for it, serving the
    other commands (breakpoints) that arrive meanwhile."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, agent):
        self._agent = agent
        self.buffer = _BinaryInput(self)

    def readline(self, size=-1):
        agent = self._agent
        while "\n" not in agent.input_buffer and not agent.input_eof:
            agent.wait_for_input()
        text = agent.input_buffer
        end = text.find("\n") + 1 if "\n" in text else len(text)
        if size is not None and size >= 0:
            end = min(end, size)
        agent.input_buffer = text[end:]
        return text[:end]

    def read(self, size=-1):
        agent = self._agent
        while not agent.input_eof and (size is None or size < 0 or len(agent.input_buffer) < size):
            agent.wait_for_input()
        text = agent.input_buffer
        end = len(text) if size is None or size < 0 else min(size, len(text))
        agent.input_buffer = text[end:]
        return text[:end]

    def readlines(self):
        return self.read().splitlines(True)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def isatty(self):
        return False

    def readable(self):
        return True

    def writable(self):
        return False

    def close(self):
        pass


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
