"""The step debugger of Code Remote's agent (see debug_agent.py for the channel and the limits).

Speed. Python 3.11 has no sys.monitoring: a global trace function, even one that returns None for
every frame, puts the whole thread on the interpreter's tracing path (2.3x on a tight loop here).
A profile function costs less (1.4x): it sees calls and returns but no lines. So in the standard
profile the tracer keeps only a profile function and switches the line tracer on while a frame
that can stop is running: a frame whose code object holds a line with a breakpoint, or every frame
of the program while stepping. In the strict profile the guard's audit hook refuses
sys.settrace/sys.setprofile once the program runs, so the global tracer is installed before it and
stays (still returning None for code that cannot stop).

While the program runs. The agent's reader thread (debug_agent.Channel) takes commands off stdin
as they arrive. A breakpoint change or a pause is noted for the main thread, which only a signal
handler can reach without tracing: the reader pokes the main thread with POKE_SIGNAL (a real
signal in the standard profile, so that a pause also interrupts a sleep; _thread.interrupt_main
in the strict profile, whose guard refuses signal.pthread_kill). The handler runs between two
bytecodes of the main thread: it applies the breakpoints to the running frames and, for a pause,
stops at once in a frame of the program, or else steps "into" the next line of the program. The
loop that never hits a breakpoint pays nothing for this: the reader sleeps in read().

Uncaught exceptions. With "stop_on_exception" (the default) the program stops where the exception
was raised, the frames taken from its traceback (they keep their variables), and the run ends with
the traceback as usual once it is resumed.
"""

import _thread
import signal
import sys
import traceback

import code_remote_agent as agent_module

_Ended = agent_module._Ended
_Timeout = agent_module._Timeout
PROGRAM_FILE = agent_module.PROGRAM_FILE
DISPLAY_NAME = agent_module.DISPLAY_NAME
# The signal that tells the main thread a command waits. A program that takes it over (or ignores
# it) makes breakpoint changes and pauses wait for the next stop: its own debugging, nothing else.
POKE_SIGNAL = signal.SIGRTMAX - 1
EXCEPTION_CHARS = 2000


class Tracer:
    def __init__(self, agent, toggle):
        self.agent = agent
        self.channel = agent.channel
        self.values = agent.values
        self.toggle = toggle          # may switch sys.settrace on and off (standard profile)
        self.breakpoints = {}         # line -> condition source or None (the program's file only)
        self.interesting = {}         # code object -> bool: holds a breakpoint line
        self.mode = "continue"        # continue | into | over | out
        self.target = None            # the frame a step over/out stops in
        self.live = 0                 # frames with our line tracer that have not returned
        self.tracing = False
        self.frames = []
        self.frames_out = None
        self.boot_code = None
        self.stopped_once = False
        self.stop_on_exception = True
        # The program runs (not paused, not in the agent's own calls into it): a poke may act.
        self.running = False
        # Set by the reader thread, taken by the main thread (single assignments: atomic).
        self.pending_breakpoints = None
        self.pause_requested = False
        self.pausing = False          # a pause in progress: the next line of the program stops
        self.main_thread = _thread.get_ident()
        self.wake = not agent.strict  # pthread_kill: refused by the strict guard's audit hook

    # -- breakpoints ----------------------------------------------------------------------------

    def set_breakpoints(self, items, running):
        breakpoints = {}
        for item in items if type(items) is list else ():
            if type(item) is not dict or type(item.get("line")) is not int:
                continue
            condition = item.get("condition")
            breakpoints[item["line"]] = condition if type(condition) is str and condition.strip() else None
        self.breakpoints = breakpoints
        self.interesting = {}
        # Frames already running (the module's loop) get no call event any more.
        for frame in running:
            if frame.f_trace is not self.local_trace and self.can_stop_in(frame.f_code):
                self.trace_frame(frame)

    def can_stop_in(self, code):
        # Both read once: a poke may replace them between two bytecodes of this method.
        interesting, lines = self.interesting, self.breakpoints
        known = interesting.get(code)
        if known is None:
            known = bool(lines) and any(line in lines for _, _, line in code.co_lines())
            interesting[code] = known
        return known

    def is_program(self, frame):
        code = frame.f_code
        return code.co_filename == PROGRAM_FILE and code is not self.boot_code

    def wants(self, frame):
        if not self.is_program(frame):
            return False
        return self.mode == "into" or self.can_stop_in(frame.f_code)

    # -- the hooks ------------------------------------------------------------------------------

    def start_tracing(self):
        if not self.tracing:
            self.tracing = True
            sys.settrace(self.global_trace)

    def trace_frame(self, frame):
        frame.f_trace = self.local_trace
        self.live += 1
        self.start_tracing()

    def global_trace(self, frame, event, arg):
        if frame.f_trace is self.local_trace:
            return self.local_trace
        if self.wants(frame):
            if not self.toggle:
                return self.local_trace
            frame.f_trace = self.local_trace
            self.live += 1
            return self.local_trace
        return None

    def profile(self, frame, event, arg):
        if event == "call":
            # A frame the global tracer has not seen (tracing was off when it started), or a
            # generator that resumes with our tracer still set.
            if frame.f_trace is self.local_trace:
                self.live += 1
                self.start_tracing()
            elif self.wants(frame):
                self.trace_frame(frame)
        elif event == "return" and frame.f_trace is self.local_trace:
            self.live -= 1
            if self.live <= 0 and self.mode == "continue" and self.tracing and self.toggle:
                self.live = 0
                self.tracing = False
                sys.settrace(None)

    def local_trace(self, frame, event, arg):
        if event == "line":
            if frame.f_code.co_filename != PROGRAM_FILE:
                return self.local_trace
            line = frame.f_lineno
            breakpoints = self.breakpoints
            if line in breakpoints and self.condition_holds(frame, breakpoints[line]):
                self.stop(frame, "breakpoint")
            elif self.mode == "into":
                self.stop(frame, "pause" if self.pausing else "step")
            elif self.mode in ("over", "out") and frame is self.target:
                self.stop(frame, "step")
        elif event == "opcode":
            # The first instruction of a caller after the call returned: a step out (or over the
            # end of a function) stops on the line of the call, as debuggers do.
            frame.f_trace_opcodes = False
            if self.mode in ("over", "out") and frame is self.target:
                self.stop(frame, "step")
        elif event == "return" and self.mode in ("over", "out"):
            if frame is self.target or (self.mode == "out" and self.frames_out is frame):
                # Stepping past the end of a function stops in its caller.
                caller = frame.f_back
                while caller is not None and not self.is_program(caller):
                    caller = caller.f_back
                self.target = caller
                if caller is not None:
                    if caller.f_trace is not self.local_trace:
                        self.trace_frame(caller)
                    caller.f_trace_opcodes = True
        return self.local_trace

    def condition_holds(self, frame, condition):
        if condition is None:
            return True
        # A poke must not stop inside the condition, under its time limit.
        running, self.running = self.running, False
        try:
            code, violations = self.agent.parse(condition, "<condition>", "eval")
            if violations:
                return True
            return bool(self.agent.limiter.call(agent_module.EVAL_SECONDS, eval, code,
                                                frame.f_globals, frame.f_locals))
        except BaseException:
            # A condition that fails stops, so that the user sees why.
            return True
        finally:
            self.running = running

    # -- stopping -------------------------------------------------------------------------------

    def stack(self, frame):
        frames = []
        while frame is not None and len(frames) < agent_module.STACK_FRAMES:
            if self.is_program(frame):
                frames.append(frame)
            frame = frame.f_back
        return frames, frame is not None and self.is_program(frame)

    def stop(self, frame, reason, located=None, exception=None):
        """Pauses in `frame` until the IDE resumes. `located`: the stack as (frame, line) pairs,
        innermost first, for frames that have returned (an uncaught exception's)."""
        if located is None:
            self.frames, truncated = self.stack(frame)
            lines = [f.f_lineno for f in self.frames]
        else:
            self.frames, lines, truncated = [f for f, _ in located], [n for _, n in located], False
        self.values.clear()
        self.pausing = False
        message = {"ev": "stopped", "reason": reason, "truncated": truncated, "frames": [
            {"id": index, "name": f.f_code.co_name, "file": DISPLAY_NAME, "line": lines[index]}
            for index, f in enumerate(self.frames)]}
        if exception is not None:
            message["exception"] = exception
        self.channel.send(message)
        running, self.running = self.running, False
        try:
            self.serve()
        except _Ended:
            # The IDE is gone or ended the session: leave at once. Raising out of a trace function
            # would make CPython unset it, which the strict guard's audit hook refuses.
            self.channel.flush()
            agent_module.posix._exit(0)
        finally:
            self.frames = []
            self.values.clear()
            self.running = running
            self.recheck()

    def serve(self):
        agent = self.agent
        while True:
            command = self.channel.read_command()
            if agent.handle_common(command):
                continue
            kind = command.get("cmd")
            request = command.get("req")
            try:
                if kind == "continue":
                    self.resume("continue")
                    return
                if kind == "step":
                    self.resume(command.get("kind"))
                    return
                if kind == "breakpoints":
                    self.set_breakpoints(command.get("lines"), self.frames)
                elif kind == "pause":
                    self.pause_requested = False  # paused already
                elif kind == "vars":
                    self.answer_vars(command, request)
                elif kind == "eval":
                    self.answer_eval(command, request)
                elif kind == "value":
                    self.answer_value(command, request)
                elif request is not None:
                    self.channel.send({"ev": "error", "req": request, "message": "unknown command"})
            except (_Ended, KeyboardInterrupt):
                raise
            except BaseException as error:
                self.channel.send({"ev": "error", "req": request,
                                   "message": agent_module._exception_text(error)[:500]})

    def resume(self, kind):
        self.frames_out = None
        if kind not in ("into", "over", "out"):
            self.mode, self.target = "continue", None
            return
        self.mode = kind
        top = self.frames[0] if self.frames else None
        if kind == "over":
            self.target = top
        elif kind == "out":
            # The frame stepped out of; its return makes its caller the target.
            self.target = None
            self.frames_out = top
        # Every frame of the program may be where the step ends: give each the line tracer.
        for frame in self.frames:
            if frame.f_trace is not self.local_trace:
                self.trace_frame(frame)
        self.start_tracing()

    # -- commands while the program runs ----------------------------------------------------------

    def notify(self, command):
        """Called in the reader thread for every command: notes a breakpoint change or a pause and
        pokes the main thread. Neither blocks nor writes to the channel."""
        kind = command.get("cmd")
        if kind == "breakpoints":
            self.pending_breakpoints = command.get("lines")
        elif kind == "pause":
            self.pause_requested = True
        else:
            return
        if self.running:
            self.poke()

    def recheck(self):
        """A command noted while the main thread could not act on it (paused, or waiting for
        input), whose command the main thread has not read yet (Pause right after Continue): poke
        again now that the program runs."""
        if self.running and (self.pause_requested or self.pending_breakpoints is not None):
            self.poke()

    def poke(self):
        try:
            if self.wake:
                signal.pthread_kill(self.main_thread, POKE_SIGNAL)
            else:
                _thread.interrupt_main(POKE_SIGNAL)
        except BaseException:
            pass  # the command waits for the next stop

    def program_frames(self, frame):
        return self.stack(frame)[0]

    def on_poke(self, signum, frame):
        """The signal handler, in the main thread between two bytecodes of whatever runs there."""
        if not self.running:
            return  # paused or in the agent's own calls: serve() takes the commands in order
        lines = self.pending_breakpoints
        if lines is not None:
            self.pending_breakpoints = None
            self.set_breakpoints(lines, self.program_frames(frame))
        if not self.pause_requested or self.agent.waiting:
            return  # waiting for input: command_hook stops there, in order with the input
        self.pause_requested = False
        if frame is not None and self.is_program(frame):
            # In the program's own code (or a call it made, such as a sleep): stop right here.
            self.stop(frame, "pause")
            return
        # Inside the agent (writing output, say): stop on the program's next line instead.
        self.pausing = True
        self.mode, self.target, self.frames_out = "into", None, None
        for program_frame in self.program_frames(frame):
            if program_frame.f_trace is not self.local_trace:
                self.trace_frame(program_frame)
        self.start_tracing()

    def command_hook(self, command):
        """Commands while the program waits for input (Agent.serve_until)."""
        kind = command.get("cmd")
        if kind == "breakpoints":
            self.pending_breakpoints = None
            self.set_breakpoints(command.get("lines"), self.program_frames(sys._getframe(1)))
        elif kind == "pause":
            if self.pause_requested:
                self.pause_requested = False
                frames = self.program_frames(sys._getframe(1))
                if frames:
                    self.stop(frames[0], "pause")
        else:
            return False
        return True

    def post_mortem(self, error):
        """Stops where an uncaught exception was raised. The frames come from its traceback
        (traceback.walk_tb: the strict guard lets the standard library read tb_frame); they have
        returned and keep their variables, so the views and expressions work as in any stop."""
        located = [(frame, line) for frame, line in traceback.walk_tb(error.__traceback__)
                   if self.is_program(frame)]
        if not located:
            return
        located.reverse()
        try:
            text = self.agent.limiter.call(agent_module.EVAL_SECONDS, agent_module._exception_text, error)
        except BaseException:
            text = agent_module._type_name(error)
        exception = {"type": agent_module._type_name(error), "message": text[:EXCEPTION_CHARS]}
        self.mode, self.target = "continue", None
        self.stop(located[0][0], "exception", located[:agent_module.STACK_FRAMES], exception)

    # -- answers --------------------------------------------------------------------------------

    def frame_of(self, command):
        index = command.get("frame", 0)
        if type(index) is not int or not 0 <= index < len(self.frames):
            raise ValueError("no such frame")
        return self.frames[index]

    def answer_vars(self, command, request):
        start = max(0, command.get("start", 0) if type(command.get("start")) is int else 0)
        count = command.get("count", agent_module.PAGE_ITEMS)
        count = min(agent_module.PAGE_ITEMS, count if type(count) is int and count > 0 else 1)
        ref = command.get("ref")
        if type(ref) is int and ref > 0:
            if ref > len(self.values.refs):
                raise ValueError("the value is gone (the program moved on)")
            value = self.values.refs[ref - 1]
            pairs = self.agent.limiter.call(agent_module.EVAL_SECONDS, self.values.children,
                                            value, start, count)
            total = self.values._size(value)
        else:
            frame = self.frame_of(command)
            scope = frame.f_globals if command.get("scope") == "globals" else frame.f_locals
            names = [name for name in dict.keys(scope)
                     if not (type(name) is str and name.startswith("__") and name.endswith("__"))]
            total = len(names)
            pairs = [(name, dict.__getitem__(scope, name)) for name in names[start:start + count]]
        self.channel.send({"ev": "vars", "req": request, "start": start, "total": total,
                           "items": self.values.page(pairs)})

    def answer_eval(self, command, request):
        frame = self.frame_of(command)
        expression = command.get("expr")
        if type(expression) is not str or not expression.strip():
            raise ValueError("nothing to evaluate")
        code, violations = self.agent.parse(expression, "<expression>", "eval")
        if violations:
            raise ValueError("%s is not allowed in the strict profile" % violations[0][1])
        try:
            value = self.agent.limiter.call(agent_module.EVAL_SECONDS, eval, code,
                                            frame.f_globals, frame.f_locals)
        except _Timeout:
            raise ValueError("the expression did not finish in %g s" % agent_module.EVAL_SECONDS)
        item = self.values.describe(expression, value)
        item.update({"ev": "eval", "req": request})
        self.channel.send(item)

    def answer_value(self, command, request):
        ref = command.get("ref")
        if type(ref) is not int or not 0 < ref <= len(self.values.refs):
            raise ValueError("the value is gone (the program moved on)")
        text, cut = self.values.text(self.values.refs[ref - 1], agent_module.VALUE_MORE_CHARS)
        self.channel.send({"ev": "value", "req": request, "value": text, "cut": cut})


def run(agent):
    """Runs the program under the tracer; returns the process's exit status."""
    config = agent.config
    agent.load_guard()
    agent.setup_streams()
    agent.channel.send({"ev": "hello", "protocol": agent_module.PROTOCOL, "language": "python",
                        "mode": "debug"})
    code = agent.compile_program()
    if code is None:
        return 1
    agent.make_namespace()
    tracer = Tracer(agent, toggle=agent.guard is None)
    frame = sys._getframe()
    while frame.f_back is not None:
        frame = frame.f_back
    tracer.boot_code = frame.f_code
    tracer.set_breakpoints(config.get("breakpoints"), [])
    tracer.stop_on_exception = config.get("stop_on_exception", True) is not False
    if config.get("stop_on_entry"):
        tracer.mode = "into"
    if agent.channel.start_reader(tracer.notify):
        signal.signal(POKE_SIGNAL, tracer.on_poke)
        agent.command_hook = tracer.command_hook
        agent.after_wait = tracer.recheck
    if tracer.toggle:
        sys.setprofile(tracer.profile)
        if tracer.mode == "into":
            tracer.start_tracing()
    else:
        tracer.start_tracing()
    agent.install_audit_hook()
    status = 0
    tracer.running = True
    tracer.recheck()  # asked for before the program started
    try:
        exec(code, agent.namespace)
    except SystemExit as exit_request:
        status = exit_request.code
    except _Ended:
        status = 0
    except BaseException as error:
        tracer.running = False
        tracer.mode, tracer.breakpoints = "continue", {}
        if tracer.stop_on_exception:
            tracer.post_mortem(error)
        agent.print_exception(error)
        status = 1
    finally:
        tracer.running = False
        if tracer.toggle:
            sys.setprofile(None)
            sys.settrace(None)
        tracer.mode = "continue"
        tracer.breakpoints = {}
    agent.channel.send({"ev": "exited"})
    return status
