"""The channel of Code Remote's agent and the program's standard streams (see debug_agent.py).

Loaded first of the agent's modules (runner::agentRunRequest), it depends on none of them.
"""

import _queue
import _thread
import json
import posix
import select

LINE_BYTES = 1 << 20


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
