"""The Python shell of Code Remote's agent (see debug_agent.py for the channel and the limits).

One interpreter per shell session keeps its globals between commands. The IDE sends each line the
user types; like the standard console (codeop), a line that leaves a block open asks for more
("prompt" with "more": true). Each command runs under the run's time limit (an alarm raising in the
command; the IDE also ends the session should a command swallow it). A session waiting longer than
"idle_seconds" for a command ends itself. In the strict profile each command passes the guard's
checks first and runs with the guard's builtins and audit hook, exactly as a program would.
"""

import keyword
import linecache
import sys

import code_remote_agent as agent_module

_Ended = agent_module._Ended
_Timeout = agent_module._Timeout
MAX_COMPLETIONS = 200


class Shell:
    def __init__(self, agent):
        self.agent = agent
        self.channel = agent.channel
        self.flags = agent_module.PyCF_DONT_IMPLY_DEDENT | agent_module.PyCF_ALLOW_INCOMPLETE_INPUT
        self.buffer = []
        self.count = 0
        config = agent.config
        self.command_seconds = float(config.get("command_seconds") or 30)
        self.idle_seconds = float(config.get("idle_seconds") or 900)

    def prompt(self):
        self.channel.send({"ev": "prompt", "more": bool(self.buffer)})

    def serve(self):
        self.prompt()
        while True:
            command = self.channel.read_command(self.idle_seconds)
            if command is None:
                sys.stderr.write("The shell ended after %d minutes without a command.\n"
                                 % (self.idle_seconds // 60))
                self.channel.send({"ev": "idle"})
                return 0
            if self.agent.handle_common(command):
                if command.get("cmd") == "eof":
                    return 0  # end of input at the prompt ends the shell, as Ctrl+D does
                continue
            kind = command.get("cmd")
            if kind == "line" and type(command.get("text")) is str:
                result = self.line(command["text"])
                if result is not None:
                    return result
                self.prompt()
            elif kind == "reset":
                self.buffer = []
                self.prompt()
            elif kind == "complete":
                self.complete(command)

    def line(self, text):
        """Takes one line; returns an exit status when the session should end."""
        self.buffer.append(text)
        source = "\n".join(self.buffer)
        name = "<shell#%d>" % (self.count + 1)
        try:
            compiled = self.compile_command(source, name)
        except (SyntaxError, ValueError, OverflowError, RecursionError, MemoryError) as error:
            self.buffer = []
            self.count += 1
            sys.stderr.write(agent_module._exception_text(error) + "\n")
            return None
        if compiled is None:
            return None
        code, violations = compiled
        self.buffer = []
        self.count += 1
        lines = [line + "\n" for line in source.split("\n")]
        linecache.cache[name] = (len(source), None, lines, name)
        if violations:
            self.agent.report_violations(violations, name)
            return None
        return self.execute(code)

    def compile_command(self, source, name):
        """(code, violations) for a complete command, None while a block is still open; raises
        SyntaxError for text that no further line can make valid. The rule of the standard
        console: text that fails but compiles with one more newline, or fails only as incomplete
        input, is unfinished."""
        if all(not line.strip() or line.strip().startswith("#") for line in source.split("\n")):
            source = "pass"
        try:
            return self.agent.parse(source, name, "single", self.flags)
        except SyntaxError:
            try:
                self.agent.parse(source + "\n", name, "single", self.flags)
                return None
            except SyntaxError as error:
                if "incomplete input" in str(error):
                    return None
                if not isinstance(error, (IndentationError,)):
                    raise error from None
            raise

    def execute(self, code):
        try:
            self.agent.limiter.call(self.command_seconds, exec, code, self.agent.namespace)
        except SystemExit as exit_request:
            return exit_request.code if exit_request.code is not None else 0
        except _Timeout:
            sys.stderr.write("TimeoutError: the command ran longer than %g s and was stopped "
                             "(the shell keeps its state)\n" % self.command_seconds)
        except _Ended:
            raise
        except BaseException as error:
            self.agent.print_exception(error)
        return None

    def complete(self, command):
        request = command.get("req")
        text = command.get("text")
        items = []
        if type(text) is str and len(text) <= 200:
            try:
                items = self.agent.limiter.call(agent_module.EVAL_SECONDS, self.candidates, text)
            except BaseException:
                items = []
        self.channel.send({"ev": "completions", "req": request, "items": items[:MAX_COMPLETIONS]})

    def candidates(self, text):
        namespace = self.agent.namespace
        if "." not in text:
            builtins = namespace.get("__builtins__")
            names = set(dict.keys(namespace))
            names.update(builtins.keys() if type(builtins) is dict else dir(builtins))
            names.update(keyword.kwlist)
            return sorted(name for name in names if type(name) is str and name.startswith(text)
                          and not name.startswith("__"))
        head, _, tail = text.rpartition(".")
        parts = head.split(".")
        if not all(part.isidentifier() for part in parts) or (
                self.agent.guard is not None and any(part.startswith("_") for part in parts + [tail])):
            return []
        if parts[0] not in namespace:
            return []
        value = namespace[parts[0]]
        for part in parts[1:]:
            value = getattr(value, part)
        hidden = "_" if self.agent.guard is not None or not tail.startswith("_") else "__"
        return sorted("%s.%s" % (head, name) for name in dir(value)
                      if name.startswith(tail) and not name.startswith(hidden))


def run(agent):
    agent.load_guard()
    agent.setup_streams()
    agent.channel.send({"ev": "hello", "protocol": agent_module.PROTOCOL, "language": "python",
                        "mode": "shell"})
    shell = Shell(agent)
    agent.make_namespace()
    program = None
    if agent.config.get("program"):
        program = agent.compile_program()
        if program is None:
            return 1
    agent.install_audit_hook()
    if program is not None:
        # python -i: the program runs, then the prompt has its globals, whatever its ending.
        result = shell.execute(program)
        if result is not None:
            sys.stderr.write("(the program called exit(%r); the shell keeps its globals)\n" % (result,))
    try:
        return shell.serve()
    except _Ended:
        return 0
