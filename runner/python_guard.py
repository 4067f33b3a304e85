"""Strict-profile guard for Python programs run by Code Remote.

The supervisor runs, inside the sandbox and with cwd /work:

    /usr/bin/python3 -I -S -u /work/.guard.py /work/main.py

with file descriptor 3 open for writing to the trusted supervisor. The guard

1. parses the program; a syntax error is reported as one "compile" line on fd 3 and printed the way
   CPython prints it, and nothing runs;
2. walks the syntax tree and reports every policy violation ("import", "builtin" or "syntax")
   on fd 3 and on stderr, and nothing runs;
3. otherwise closes fd 3 and runs the program with a restricted set of builtins, an import function
   that hands out read-only module proxies, a check in front of class patterns, and an audit hook
   that refuses frame access, runtime compilation of dangerous code and process, network and
   file-writing events. Nothing handed to the program is defined in this module's namespace, and
   the audit hook keeps no state, so reaching either does not switch the run-time layer off.

This is a teaching aid and a first filter, not a security boundary: in-process restrictions of
Python have a long record of bypasses (see sandbox-lessons.md, lesson 9). The OS layers around the
process are the boundary and must hold even if everything here is bypassed.

Start-up cost matters (the guard runs before every strict run), so the guard imports only modules
that are built in or already loaded under -S: `_ast` instead of `ast` (which pulls in enum,
contextlib and collections and doubles start-up), `posix` instead of `os`, hand-written JSON
instead of `json`. `traceback` and `linecache` are imported only on the error paths. The guard's
own source is compiled on every run (a script is never cached as bytecode), so its size is part
of the cost too.

It is one file of over a thousand lines on purpose: the sandbox receives it as one file beside the
program, and splitting it into modules would mean an import path into the work directory (which the
program can write) and more files to read before every strict run.
"""

import _ast
import _string
import builtins
import posix
import sys

# The program always runs under this name, so tracebacks and errors link to the editor's file.
FILENAME = "/work/main.py"
DISPLAY_NAME = "main.py"
REPORT_FD = 3


def _names(text):
    """A set of names written as whitespace-separated words: one token each for the parser, which
    the guard pays for on every run (a script is never cached as bytecode)."""
    return frozenset(text.split())


# Top-level modules a strict program may import; their submodules are allowed too.
ALLOWED_MODULES = _names("""
    math json collections itertools functools typing dataclasses datetime re random string
    decimal fractions statistics heapq bisect copy enum operator
""")

# Builtins that run code, touch files or expose namespaces. Using the name at all is a violation.
FORBIDDEN_BUILTINS = _names("""
    eval exec open __import__ compile globals locals vars breakpoint help
""")

# Builtins and operator functions that look attributes up by a string. They are allowed only when
# called directly with string literals naming a public attribute, so the checker sees the name.
ATTRIBUTE_BUILTINS = _names("getattr setattr delattr hasattr")
ATTRIBUTE_CALLERS = _names("attrgetter methodcaller")

# Dunder attributes that cannot lead from an object to its class hierarchy, globals or frames.
SAFE_DUNDERS = _names("""
    __init__ __new__ __name__ __qualname__ __doc__ __str__ __repr__ __format__ __len__
    __sizeof__ __eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __iter__ __next__
    __reversed__ __contains__ __getitem__ __setitem__ __delitem__ __missing__ __add__ __radd__
    __iadd__ __sub__ __rsub__ __isub__ __mul__ __rmul__ __imul__ __matmul__ __truediv__
    __rtruediv__ __itruediv__ __floordiv__ __rfloordiv__ __ifloordiv__ __mod__ __rmod__
    __imod__ __divmod__ __pow__ __rpow__ __ipow__ __neg__ __pos__ __abs__ __invert__ __and__
    __rand__ __or__ __ror__ __xor__ __rxor__ __lshift__ __rshift__ __bool__ __int__ __float__
    __index__ __round__ __call__ __enter__ __exit__ __post_init__ __slots__ __members__
    __version__
""")

# Dunders that are the usual first step of an escape. A string constant naming one is a violation
# too, because strings are how such names reach getattr-like functions.
DANGEROUS_DUNDERS = _names("""
    __class__ __bases__ __base__ __mro__ __subclasses__ __globals__ __builtins__ __code__
    __closure__ __dict__ __loader__ __spec__ __import__ __getattribute__ __getattr__
    __setattr__ __delattr__ __reduce__ __reduce_ex__ __init_subclass__ __subclasshook__
    __self__ __func__ __traceback__ __module__ __annotations__ __wrapped__ __defaults__
    __kwdefaults__ __build_class__ __instancecheck__ __subclasscheck__ __match_args__
    __class_getitem__ __set_name__ __mro_entries__ __prepare__ __dataclass_fields__
    __dataclass_params__
""")

# Dunders a program may define with def besides the SAFE_DUNDERS: the protocols of ordinary
# classes. Every other dunder definition is refused like a read of it: definitions are the other
# half of an escape (a metaclass's __instancecheck__ and a __match_args__ property made a class
# pattern read any attribute). __match_args__ may only be assigned a tuple of public literals.
DEFINABLE_DUNDERS = _names("""
    __aiter__ __anext__ __aenter__ __aexit__ __await__ __get__ __set__ __delete__ __copy__
    __deepcopy__ __complex__ __trunc__ __floor__ __ceil__ __bytes__ __length_hint__ __del__ __dir__
    __rmatmul__ __imatmul__ __rdivmod__ __rlshift__ __rrshift__ __ilshift__ __irshift__ __iand__
    __ior__ __ixor__
""") | SAFE_DUNDERS

# Frame, traceback, generator and code internals: the way from any object back to the guard's
# frames and their globals. They need no underscore, so they are listed by name.
FRAME_ATTRIBUTES = _names("""
    f_globals f_locals f_builtins f_back f_code f_trace f_lasti tb_frame tb_next gi_frame
    gi_code gi_yieldfrom cr_frame cr_code cr_await ag_frame ag_code ag_await co_code co_consts
    co_names co_varnames co_freevars co_cellvars co_filename co_name co_qualname co_lnotab
    co_linetable co_exceptiontable co_flags
""")

# str.format and format_map look attributes up from the template ("{0.__class__}"), so they are
# allowed only on a literal template the checker can read. string.Formatter's internals do the same
# from any string.
FORMAT_METHODS = _names("format format_map")
FORMATTER_INTERNALS = _names("vformat get_field")

# Dunder names a program may use as plain names (module or class level).
ALLOWED_DUNDER_NAMES = _names("__name__ __debug__ __doc__") | SAFE_DUNDERS

# Names whose binding would change how the interpreter runs the module (the builtins it uses, the
# import function, the class builder).
RESERVED_BINDINGS = _names("""
    __builtins__ __import__ __build_class__ __loader__ __spec__ __file__ __cached__ __package__
""")

# Names refused in code compiled at run time (typing evaluates string annotations; dataclasses and
# namedtuple generate methods). Narrower than the static rules because the standard library's
# generated code uses __class__, __setattr__ and __delattr__; these are the steps from an object to
# other classes, globals, builtins or frames.
RUNTIME_FORBIDDEN_NAMES = _names("""
    __bases__ __base__ __mro__ __subclasses__ __globals__ __builtins__ __code__ __closure__
    __dict__ __loader__ __spec__ __import__ __getattribute__ __self__ __func__ __traceback__
    __reduce__ __reduce_ex__ __defaults__ __kwdefaults__ __wrapped__ __build_class__
""") | FRAME_ATTRIBUTES
# The names under which standard-library modules hold sys, os and builtins: refused as free names
# in code compiled at run time, which may run in a library module's globals. A parameter of that
# name (a dataclass field called os) is fine.
RUNTIME_MODULE_NAMES = _names("sys _sys os _os posix builtins bltns _imp importlib")

# Audit events refused while the program runs: starting processes, networking, loading native code,
# changing files and replacing code objects. None of the allowed modules raises them.
REFUSED_EVENTS = _names("""
    os.system os.exec os.posix_spawn os.spawn os.fork os.forkpty os.kill os.killpg pty.spawn
    subprocess.Popen os.remove os.rename os.rmdir os.mkdir os.chmod os.chown os.truncate
    os.symlink os.link os.putenv os.unsetenv shutil.rmtree code.__new__ function.__new__
    sys.settrace sys.setprofile sys.addaudithook sys._current_frames sys._current_exceptions
    gc.get_objects gc.get_referrers gc.get_referents os.setuid os.setgid os.chroot os.utime
    os.mkfifo os.mknod os.removexattr os.setxattr resource.setrlimit resource.prlimit
""")
REFUSED_EVENT_PREFIXES = ("socket.", "ctypes.", "_ctypes.", "mmap.", "winreg.", "os.exec",
                          "os.spawn", "os.posix_spawn", "subprocess.", "pty.",
                          "signal.pthread_kill")
FRAME_EVENT_ATTRIBUTES = _names("tb_frame gi_frame cr_frame ag_frame")
# Function attributes whose replacement changes what a function runs (the audit hook's own).
CODE_ATTRIBUTES = _names("__code__ __defaults__ __kwdefaults__")
# Modules whose import is refused at run time whoever asks: they start processes or reach native
# code without an audit event of their own. None of the allowed modules imports them.
REFUSED_IMPORTS = _names("""
    _posixsubprocess subprocess ctypes _ctypes socket _socket pty mmap multiprocessing
    _multiprocessing _testcapi _testinternalcapi _xxsubinterpreters _xxinterpchannels
    fcntl termios resource gc
""")
# The file name the audit hook gives its own parse of run-time source, to know the compile event
# that parse raises as its own.
CHECK_FILENAME = "<strict guard check>"
# Flags of posix.open (mode None) and of io.open's FileIO (mode and flags) that write.
WRITE_FLAGS = posix.O_WRONLY | posix.O_RDWR | posix.O_CREAT | posix.O_TRUNC | posix.O_APPEND

STDLIB_DIR = getattr(sys, "_stdlib_dir", None) or "/usr/lib/python3"
# The file name in this guard's code objects, to tell its frames apart. Not __file__: run from
# precompiled bytecode, the two differ.
GUARD_FILE = sys._getframe().f_code.co_filename


# -------------------------------------------------------------------------------------------------
# Reporting


def _json_string(text):
    """Quote text as a JSON string; json would cost more start-up than the whole check."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.translate(_JSON_CONTROL_ESCAPES) + '"'


_JSON_CONTROL_ESCAPES = {code: "\\u%04x" % code for code in range(32)}


class Reporter:
    """Writes machine-readable findings to fd 3, or nowhere when fd 3 is not open."""

    def __init__(self, fd):
        try:
            posix.fstat(fd)
        except OSError:
            fd = None
        self.fd = fd

    def send(self, kind, detail, line):
        if self.fd is None:
            return
        record = '{"kind": %s, "detail": %s, "line": %d}\n' % (
            _json_string(kind), _json_string(detail), line)
        data = record.encode("utf-8", "replace")
        while data:
            data = data[posix.write(self.fd, data):]

    def close(self):
        """Close fd 3 so that the untrusted program can never write to the supervisor."""
        if self.fd is not None:
            posix.close(self.fd)
            self.fd = None


# -------------------------------------------------------------------------------------------------
# Static checks


def _iter_nodes(tree):
    """Yield every node, each before its children (the checker relies on that order)."""
    AST = _ast.AST
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for field in reversed(node._fields):
            value = getattr(node, field, None)
            if isinstance(value, list):
                stack.extend(item for item in reversed(value) if isinstance(item, AST))
            elif isinstance(value, AST):
                stack.append(value)


def _literal_str(node):
    """The value of a plain string literal, else None."""
    if type(node) is _ast.Constant and type(node.value) is str:
        return node.value
    return None


def _attribute_problem(name):
    """Why looking up attribute `name` is not allowed, or None if it is."""
    if name in FRAME_ATTRIBUTES:
        return "attribute " + name + " (frame internals)"
    if name.startswith("__") and name.endswith("__") and len(name) > 4:
        return None if name in SAFE_DUNDERS else "attribute " + name
    if name.startswith("_"):
        return "private attribute " + name
    return None


def _dynamic_attribute_problem(name):
    """Like _attribute_problem, for names passed to getattr and friends as strings."""
    if name in FORMAT_METHODS or name in FORMATTER_INTERNALS:
        return "string formatting method " + name + " looked up by name"
    return _attribute_problem(name)


def _format_template_problem(template):
    """Why a str.format template is not allowed: a field reaching an underscore or frame name."""
    try:
        for _literal, field, spec, _conversion in _string.formatter_parser(template):
            if field is None:
                continue
            _first, rest = _string.formatter_field_name_split(field)
            for is_attribute, key in rest:
                if type(key) is not str:
                    continue
                if is_attribute and _attribute_problem(key):
                    return "format string with attribute access to " + key
                if not is_attribute and key.startswith("_"):
                    return "format string with index access to " + key
            if spec:  # a spec can hold nested fields: "{0:{1.__class__}}"
                problem = _format_template_problem(spec)
                if problem:
                    return problem
    except ValueError:
        return None  # str.format rejects the template the same way at run time
    return None


def _dangerous_dunder_in(text):
    if "__" not in text and text.isascii():
        return None
    if not text.isascii():
        # Identifiers are NFKC-normalised, so "＿＿class＿＿" evaluates as "__class__".
        import unicodedata
        text = unicodedata.normalize("NFKC", text)
    for name in DANGEROUS_DUNDERS:
        if name in text:
            return name
    return None


def _top_module(name):
    return name.partition(".")[0]


def _private_component(path):
    """The first component of a dotted module path that is private (re._compiler), else None."""
    for part in path.split("."):
        if part.startswith("_"):
            return part
    return None


def _is_allowed_module_object(module):
    return _top_module(getattr(module, "__name__", "") or "") in ALLOWED_MODULES


class Violation:
    __slots__ = ("kind", "detail", "line", "position", "message")

    def __init__(self, kind, detail, node, message):
        self.kind = kind
        self.detail = detail
        self.line = getattr(node, "lineno", 1)
        self.position = (self.line, getattr(node, "col_offset", 0),
                         getattr(node, "end_lineno", 0), getattr(node, "end_col_offset", 0))
        self.message = message


class PolicyChecker:
    """Collects every violation of the strict profile in a syntax tree."""

    def __init__(self):
        self.violations = []
        self._seen = set()
        # ids of nodes a parent already judged (a getattr name with a literal argument, a format
        # template), so that visiting them on their own does not report them again.
        self._judged = set()
        # name -> dotted module path for `import x` / `import x.y as z`, and the attribute chains
        # read from such names, resolved once the walk is over (see _check_module_attributes).
        self._module_names = {}
        self._attribute_chains = []
        self._from_imports = []
        # Whether a class pattern has positional sub-patterns (see _guard_class_patterns).
        self.class_patterns = False

    def check(self, tree):
        for node in _iter_nodes(tree):
            visit = getattr(self, "visit_" + type(node).__name__, None)
            if visit is not None:
                visit(node)
        self._check_module_attributes()
        # Within a line, inner expressions first: a.b.c reports b before c.
        self.violations.sort(key=lambda v: v.position)
        return self.violations

    def _add(self, kind, detail, node, message=None):
        line = getattr(node, "lineno", 1)
        if (kind, detail, line) in self._seen:
            return
        self._seen.add((kind, detail, line))
        if message is None:
            message = detail
        self.violations.append(Violation(kind, detail, node, message))

    def _add_import(self, module, node):
        self._add("import", module, node, "import of '%s'" % module)

    def _add_builtin(self, name, node):
        self._add("builtin", name, node, "the builtin '%s'" % name)

    def _check_binding(self, name, node):
        if name and name in RESERVED_BINDINGS:
            self._add("syntax", "name " + name, node, "binding the name " + name)

    # Imports ------------------------------------------------------------------------------------

    def visit_Import(self, node):
        for alias in node.names:
            if _top_module(alias.name) not in ALLOWED_MODULES or _private_component(alias.name):
                self._add_import(alias.name, node)
                continue
            self._check_binding(alias.asname, node)
            if alias.asname:
                self._module_names[alias.asname] = alias.name
            else:
                top = _top_module(alias.name)
                self._module_names[top] = top

    def visit_ImportFrom(self, node):
        module = node.module or ""
        if node.level:
            self._add_import("relative import " + "." * node.level + module, node)
            return
        if module == "__future__":
            return  # compiler directives such as `annotations`; harmless
        if _top_module(module) not in ALLOWED_MODULES or _private_component(module):
            self._add_import(module, node)
            return
        for alias in node.names:
            self._check_binding(alias.asname, node)
            if alias.name.startswith("_"):
                self._add("syntax", "private name " + alias.name, node,
                          "importing the private name " + alias.name)
            elif alias.name in ATTRIBUTE_CALLERS and alias.asname not in (None, alias.name):
                # A renamed attrgetter would escape the literal-argument check below.
                self._add("builtin", "dynamic attribute access with renamed " + alias.name, node)
            elif alias.name != "*":
                self._from_imports.append((module, alias.name, node))

    def _check_module_attributes(self):
        """Reject module attributes that are other, forbidden modules (typing.sys, datetime.sys).

        This needs the real modules, so the allowed ones the program names are imported here; the
        program would import them a moment later anyway. The runtime proxy enforces the same rule.
        """
        for module, name, node in self._from_imports:
            holder = self._import_quietly(module)
            if holder is not None:
                self._check_module_attribute(holder, module, name, node)
        for chain, node in self._attribute_chains:
            path = self._module_names.get(chain[0])
            if path is None:
                continue
            holder = self._import_quietly(path)
            shown = path
            for name in chain[1:]:
                if holder is None or name.startswith("_"):
                    break
                holder = self._check_module_attribute(holder, shown, name, node)
                shown += "." + name

    @staticmethod
    def _import_quietly(path):
        try:
            __import__(path)
        except Exception:  # a missing module fails the same way when the program runs
            return None
        return sys.modules.get(path)

    def _check_module_attribute(self, holder, shown, name, node):
        """Report holder.name if it is a forbidden module; return it if it is an allowed one."""
        if type(holder) is not type(sys):
            return None
        value = getattr(holder, name, None)
        if type(value) is not type(sys):
            return None
        if not _is_allowed_module_object(value):
            self._add_import(shown + "." + name, node)
            return None
        return value

    # Names and attributes -----------------------------------------------------------------------

    def visit_Name(self, node):
        name = node.id
        if type(node.ctx) is _ast.Load:
            if name in FORBIDDEN_BUILTINS:
                self._add_builtin(name, node)
                return
            if (name in ATTRIBUTE_BUILTINS or name in ATTRIBUTE_CALLERS) \
                    and id(node) not in self._judged:
                self._add("builtin", "dynamic attribute access with " + name, node)
                return
        if name.startswith("__") and name not in ALLOWED_DUNDER_NAMES \
                and id(node) not in self._judged:
            self._add("syntax", "name " + name, node, "the name " + name)

    def visit_Attribute(self, node):
        name = node.attr
        problem = _attribute_problem(name)
        if problem:
            self._add("syntax", problem, node)
        elif name in FORMAT_METHODS:
            template = _literal_str(node.value)
            if template is None:
                self._add("syntax", "format string method ." + name + "() on a non-literal string",
                          node)
            else:
                self._judged.add(id(node.value))
                problem = _format_template_problem(template)
                if problem:
                    self._add("syntax", problem, node)
        elif name in FORMATTER_INTERNALS:
            self._add("syntax", "string.Formatter." + name + " (attribute access from a string)",
                      node)
        elif name in ATTRIBUTE_CALLERS and id(node) not in self._judged:
            self._add("builtin", "dynamic attribute access with " + name, node)
        chain = self._name_chain(node)
        if chain:
            self._attribute_chains.append((chain, node))

    @staticmethod
    def _name_chain(node):
        """["a", "b", "c"] for the expression a.b.c, else None."""
        parts = []
        while type(node) is _ast.Attribute:
            parts.append(node.attr)
            node = node.value
        if type(node) is not _ast.Name:
            return None
        parts.append(node.id)
        parts.reverse()
        return parts

    def visit_Call(self, node):
        func = node.func
        args = node.args
        plain = not any(type(arg) is _ast.Starred for arg in args) and not node.keywords
        if type(func) is _ast.Name and func.id in ATTRIBUTE_BUILTINS:
            name = _literal_str(args[1]) if plain and len(args) >= 2 else None
            if name is not None:
                self._judged.add(id(func))
                self._judged.add(id(args[1]))
                problem = _dynamic_attribute_problem(name)
                if problem:
                    self._add("syntax", problem + " (via " + func.id + ")", node)
        elif self._called_name(func) in ATTRIBUTE_CALLERS:
            caller = self._called_name(func)
            if caller == "attrgetter":
                names = [_literal_str(arg) for arg in args] if plain and args else [None]
            else:  # methodcaller(name, *args, **kwargs): only the name must be literal
                names = [_literal_str(args[0])] if args and type(args[0]) is not _ast.Starred \
                    else [None]
            if None not in names:
                self._judged.add(id(func))
                self._judged.update(id(arg) for arg in args[:len(names)])
                for dotted in names:
                    for name in dotted.split("."):
                        problem = _dynamic_attribute_problem(name)
                        if problem:
                            self._add("syntax", problem + " (via " + caller + ")", node)
        elif type(func) is _ast.Name and func.id == "__import__" and args:
            module = _literal_str(args[0])
            if module is not None and _top_module(module) not in ALLOWED_MODULES:
                self._add_import(module, node)

    @staticmethod
    def _called_name(func):
        if type(func) is _ast.Name:
            return func.id
        if type(func) is _ast.Attribute:
            return func.attr
        return None

    def visit_Constant(self, node):
        if type(node.value) is str and id(node) not in self._judged:
            name = _dangerous_dunder_in(node.value)
            if name:
                self._add("syntax", "string naming " + name, node)

    def visit_MatchClass(self, node):
        if node.patterns:
            self.class_patterns = True
        # `case object(__class__=c)` reads the attribute like getattr does, and `case str(format=f)`
        # hands out a bound format method, so the names follow the rules of getattr. Positional
        # sub-patterns read the names in the class's __match_args__, which only the run time knows;
        # _guard_class_patterns puts a check of the class in front of the match.
        for name in node.kwd_attrs:
            problem = _dynamic_attribute_problem(name)
            if problem:
                self._add("syntax", problem + " (in a class pattern)", node)

    def visit_keyword(self, node):
        # dict(__instancecheck__=f) is a way to put a dunder in a class made by type().
        name = node.arg
        if name and name.startswith("__") and name not in SAFE_DUNDERS:
            self._add("syntax", "keyword argument " + name, node)

    def visit_Assign(self, node):
        # `__match_args__ = ("x", "y")` in a class body names the attributes a class pattern reads.
        targets = node.targets
        if len(targets) == 1 and type(targets[0]) is _ast.Name \
                and targets[0].id == "__match_args__" and type(node.value) is _ast.Tuple:
            names = [_literal_str(item) for item in node.value.elts]
            if None not in names and not any(map(_dynamic_attribute_problem, names)):
                self._judged.add(id(targets[0]))

    # Bindings -----------------------------------------------------------------------------------

    def visit_FunctionDef(self, node):
        self._check_binding(node.name, node)
        name = node.name
        if name.startswith("__") and name.endswith("__") and name not in DEFINABLE_DUNDERS \
                and name not in RESERVED_BINDINGS:
            self._add("syntax", "definition of " + name, node, "defining " + name)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):
        self._check_binding(node.name, node)

    def visit_arg(self, node):
        self._check_binding(node.arg, node)

    def visit_ExceptHandler(self, node):
        self._check_binding(node.name, node)

    def visit_MatchAs(self, node):
        self._check_binding(node.name, node)

    visit_MatchStar = visit_MatchAs

    def visit_MatchMapping(self, node):
        self._check_binding(node.rest, node)

    def visit_Global(self, node):
        for name in node.names:
            self._check_binding(name, node)

    visit_Nonlocal = visit_Global


def _located(node, template):
    node.lineno, node.col_offset = template.lineno, template.col_offset
    node.end_lineno, node.end_col_offset = template.end_lineno, template.end_col_offset
    return node


def _guard_class_patterns(tree):
    """Put a check of the class in front of every class pattern with positional sub-patterns.

    `case K(a, b)` reads the attributes named in K.__match_args__, which the program can compute
    (make_dataclass, type() with a computed dict, a metaclass) and CPython reads with no audit
    event. So each such `match` becomes

        .match_subject = SUBJECT
        .match_class_1 = .match_class(K)     # MATCH_CLASS_CHECK: raises unless K is plain
        match .match_subject:
            case .match_class_1(a, b): ...

    The names are not identifiers, so no program text can name them. K is evaluated once, before
    the match (not when its case is reached), which a program can notice only by a side effect of
    evaluating K. Program code can still run between the check and the read (a case guard, an
    __instancecheck__), so every way to write a class attribute by a name given as data is
    checked too (setattr, functools.update_wrapper, dataclasses.dataclass and make_dataclass).
    Returns whether the tree changed.
    """
    changed = False
    for holder in list(_iter_nodes(tree)):
        for field in holder._fields:
            block = getattr(holder, field, None)
            if type(block) is not list or not any(type(item) is _ast.Match for item in block):
                continue
            rewritten = []
            for statement in block:
                classes = [] if type(statement) is not _ast.Match else [
                    pattern for case in statement.cases for pattern in _iter_nodes(case.pattern)
                    if type(pattern) is _ast.MatchClass and pattern.patterns]
                if classes:
                    changed = True
                    subject = ".match_subject%d" % id(statement)
                    rewritten.append(_located(_ast.Assign(
                        targets=[_located(_ast.Name(subject, _ast.Store()), statement.subject)],
                        value=statement.subject), statement.subject))
                    for pattern in classes:
                        name = ".match_class%d" % id(pattern)
                        check = _located(_ast.Call(
                            _located(_ast.Name(MATCH_CLASS_CHECK, _ast.Load()), pattern.cls),
                            [pattern.cls], []), pattern.cls)
                        rewritten.append(_located(_ast.Assign(
                            targets=[_located(_ast.Name(name, _ast.Store()), pattern.cls)],
                            value=check), pattern.cls))
                        pattern.cls = _located(_ast.Name(name, _ast.Load()), pattern.cls)
                    statement.subject = _located(_ast.Name(subject, _ast.Load()), statement.subject)
                rewritten.append(statement)
            setattr(holder, field, rewritten)
    return changed


# -------------------------------------------------------------------------------------------------
# Runtime layer (defence in depth for when the static checks are fooled)
#
# The functions below, down to _strict_import, are what the program can reach. They are not handed
# out as they are: program_namespace() copies them into a namespace of their own (see there), so
# that their __globals__ hold only what they use and never this guard's globals (posix, sys, the
# real builtins). They may use only the names that namespace provides.


def _require_public_name(name, function):
    # A str subclass could lie through startswith or __eq__, so only exact strings are judged.
    if type(name) is not str:
        raise TypeError("%s: attribute name must be a plain string in the strict profile"
                        % function)
    if _dynamic_attribute_problem(name):
        raise AttributeError("%s of %r is not allowed in the strict profile" % (function, name))


def _checked_getattr(obj, name, *default):
    _require_public_name(name, "getattr")
    return getattr(obj, name, *default)


def _checked_setattr(obj, name, value):
    _require_public_name(name, "setattr")
    return setattr(obj, name, value)


def _checked_delattr(obj, name):
    _require_public_name(name, "delattr")
    return delattr(obj, name)


def _checked_hasattr(obj, name):
    _require_public_name(name, "hasattr")
    return hasattr(obj, name)


def _checked_attrgetter(*names):
    # The real attrgetter is wrapped, not returned: type(attrgetter("x")) would be the unchecked
    # class, and function objects cannot be made at run time (function.__new__ is refused).
    for dotted in names:
        if type(dotted) is not str:
            raise TypeError("attrgetter: attribute names must be plain strings")
        for name in dotted.split("."):
            _require_public_name(name, "attrgetter")
    getter = __import__("operator").attrgetter(*names)
    return lambda obj: getter(obj)


def _checked_methodcaller(name, /, *args, **kwargs):
    _require_public_name(name, "methodcaller")
    caller = __import__("operator").methodcaller(name, *args, **kwargs)
    return lambda obj: caller(obj)


def _checked_make_dataclass(cls_name, fields, *args, **kwargs):
    # Field names become attribute names (and the class's __match_args__), so they follow getattr's
    # rules; the namespace's keys become class attributes, so no dunder beyond the safe ones.
    for field in fields:
        name = field if type(field) is str else field[0] if type(field) is tuple and field else None
        _require_public_name(name, "make_dataclass")
    for key in kwargs.get("namespace") or ():
        if type(key) is not str or key.startswith("__") and key not in SAFE_DUNDERS:
            raise AttributeError("make_dataclass: namespace key %r is not allowed in the strict "
                                 "profile" % (key,))
    return __import__("dataclasses").make_dataclass(cls_name, fields, *args, **kwargs)


def _checked_dataclass(cls=None, /, **options):
    # dataclass() turns the keys of cls.__annotations__ into attribute names and __match_args__.
    # A class statement's keys are identifiers the checker has seen, but type() with a computed
    # __annotations__ can hold any name, and dataclass() can run between the class-pattern check
    # and the match (in a guard), so the names are checked here: no dunder, frame or format name
    # (single-underscore fields stay allowed; a class pattern refuses to read them).
    def checked(cls):
        annotations = _dict_of(cls).get("__annotations__") if issubclass(type(cls), type) else None
        for name in annotations or ():
            if type(name) is not str or not name.isidentifier():
                raise TypeError("dataclass: field names must be identifiers")
            if name[:1] != "_" or name[:2] == "__":
                _require_public_name(name, "dataclass")
        return __import__("dataclasses").dataclass(cls, **options)

    return checked if cls is None else checked(cls)


def _checked_wrapper_names(names, function):
    # update_wrapper copies attributes by name from one object to another: a getattr and a
    # setattr in one. Its own defaults (__module__, __name__, __doc__, __dict__...) stay allowed.
    for name in names:
        if name not in _wrapper_defaults:
            _require_public_name(name, function)
    return names


def _checked_update_wrapper(wrapper, wrapped, assigned=None, updated=None):
    functools = __import__("functools")
    return functools.update_wrapper(
        wrapper, wrapped,
        _checked_wrapper_names(functools.WRAPPER_ASSIGNMENTS if assigned is None else assigned,
                               "update_wrapper"),
        _checked_wrapper_names(functools.WRAPPER_UPDATES if updated is None else updated,
                               "update_wrapper"))


def _checked_wraps(wrapped, assigned=None, updated=None):
    functools = __import__("functools")
    return functools.wraps(
        wrapped,
        _checked_wrapper_names(functools.WRAPPER_ASSIGNMENTS if assigned is None else assigned,
                               "wraps"),
        _checked_wrapper_names(functools.WRAPPER_UPDATES if updated is None else updated,
                               "wraps"))


def _checked_global_enum(cls, *args, **kwargs):
    # global_enum writes the members into sys.modules[cls.__module__]; Enum("E", ...,
    # module="random") would make that any library module.
    module = _dict_of(cls).get("__module__") if issubclass(type(cls), type) else None
    if type(module) is not str or module != "__main__":
        raise TypeError("global_enum of a class of another module is not allowed in the strict "
                        "profile")
    return __import__("enum").global_enum(cls, *args, **kwargs)


def _library_namespace(namespace):
    """The name of the module whose globals `namespace` is, if it is not the program's, else None.

    Every imported module's globals hold __spec__; the program's (made in _run) do not, and the
    program cannot add the key without naming a dunder. So sys.modules is not needed here, and is
    not in the helpers' namespace."""
    if type(namespace) is not dict or "__spec__" not in namespace:
        return None
    name = namespace.get("__name__")
    return name if type(name) is str else "?"


def _guard_typing(typing):
    """typing evaluates string annotations with eval, in whatever module the annotated object
    claims as its own: a class made by type() with a computed __module__ of "typing", a function
    wrapped (functools.wraps) around a library function, or a ForwardRef(..., module=...) would
    make "sys.modules" evaluate to the real modules. Annotations are evaluated only in the
    program's namespaces."""
    forward_ref = typing.ForwardRef
    evaluate = forward_ref._evaluate
    if _dict_of(forward_ref).get("_strict_guarded"):
        return

    def checked_evaluate(self, globalns, localns, *args, **kwargs):
        module = self.__forward_module__
        foreign = _library_namespace(globalns) or _library_namespace(localns) or (
            module if module is not None and module != "__main__" else None)
        if foreign:
            raise TypeError("evaluating the annotation %r in module %r is not allowed in the "
                            "strict profile" % (self.__forward_arg__, foreign))
        return evaluate(self, globalns, localns, *args, **kwargs)

    forward_ref._evaluate = checked_evaluate
    forward_ref._strict_guarded = True


def _checked_match_class(cls):
    """What a class pattern with positional sub-patterns matches against instead of cls.

    cls must be plain: its __match_args__ a tuple of names getattr would allow, stored in a class
    dictionary (not computed by a property or a metaclass). The match then runs against a snapshot:
    a class of the guard's that holds the checked names and answers isinstance() as cls does. The
    program never sees the snapshot, so nothing it runs while the match goes on (a case guard, an
    __instancecheck__) can change the names the match reads.
    """
    if not issubclass(type(cls), type):
        return cls  # the match itself raises TypeError
    if cls in _match_self_types:
        return cls  # a builtin matches itself; its attributes cannot be set
    stored_by_metaclass = False
    for meta in _mro_of(type(cls)):
        if meta is not type and meta is not object:
            namespace = _dict_of(meta)
            if "__getattribute__" in namespace or "__match_args__" in namespace:
                break
            stored_by_metaclass = stored_by_metaclass or "__getattr__" in namespace
    else:
        for klass in _mro_of(cls):
            namespace = _dict_of(klass)
            if "__match_args__" in namespace:
                names = namespace["__match_args__"]
                if type(names) is tuple and all(
                        type(name) is str and not _dynamic_attribute_problem(name)
                        for name in names):
                    return _match_snapshot(cls, names, None)
                break
        else:
            # No __match_args__: a subclass of a builtin matches itself, other classes take no
            # positional sub-pattern; but a metaclass's __getattr__ could answer. Enum's refuses.
            if not stored_by_metaclass or _is_enum_class(cls):
                for klass in _mro_of(cls):
                    if klass in _match_self_types:
                        return _match_snapshot(cls, None, klass)
                return _match_snapshot(cls, (), None)
    raise TypeError("class pattern on %s: its __match_args__ is not a tuple of public attribute "
                    "names in the strict profile" % _name_of(cls))


def _match_snapshot(cls, names, self_base):
    # One snapshot per class and names, made on first use: a match in a loop costs a lookup.
    entry = _match_snapshots.get(id(cls))
    if entry is None or entry[0] is not cls or entry[1] != names:
        namespace = {"__slots__": ()}
        if names is not None:
            namespace["__match_args__"] = names
        if not _match_snapshot_type:  # made on first use: most programs have no class pattern
            _match_snapshot_type.append(type("match snapshot", (type,), {
                "__instancecheck__": _match_snapshot_instancecheck}))
        snapshot = _match_snapshot_type[0](
            _plain_name_of(cls), (self_base,) if self_base else (), namespace)
        _match_snapshot_classes[snapshot] = cls
        entry = _match_snapshots[id(cls)] = (cls, names, snapshot)
    return entry[2]


def _match_snapshot_instancecheck(snapshot, subject):
    return isinstance(subject, _match_snapshot_classes[snapshot])


def _is_enum_class(cls):
    enum = __import__("enum")
    return issubclass(type(cls), enum.EnumType) and all(
        "__getattr__" not in _dict_of(meta) or meta is enum.EnumType
        for meta in _mro_of(type(cls)) if meta is not type and meta is not object)


def _exit(code=None):
    """exit() and quit() come from the site module, which -S leaves out; programs expect them."""
    raise SystemExit(code)


def _module_proxy(module):
    """A read-only view of an allowed module that exposes only its public attributes.

    The module is held in a closure, not in an attribute, so no attribute of the proxy leads to it.
    A public attribute that is itself a module is exposed only if it is an allowed one (typing.sys,
    dataclasses.sys and the like stay out of reach).
    """
    module_name = module.__name__
    proxy = _proxies.get(module_name)
    if proxy is not None:
        return proxy
    if module_name == "typing":
        _guard_typing(module)

    def public_names():
        names = getattr(module, "__all__", None)
        if names is None:
            names = [name for name in vars(module) if not name.startswith("_")]
        return tuple(name for name in names if type(name) is str and allowed(name))

    def allowed(name):
        try:
            lookup(name)
        except AttributeError:
            return False
        return True

    def lookup(name):
        if type(name) is not str:
            raise TypeError("attribute name must be a string")
        if name in ("__name__", "__doc__"):
            return getattr(module, name)
        if name == "__all__":  # used by `from module import *`
            return public_names()
        if name.startswith("_"):
            raise AttributeError("module %r has no attribute %r in the strict profile"
                                 % (module_name, name))
        value = getattr(module, name)
        if type(value) is _module_type:
            if _top_module(value.__name__) in ALLOWED_MODULES:
                return _module_proxy(value)
            raise AttributeError("module %r has no attribute %r in the strict profile"
                                 % (module_name, name))
        return _module_overrides.get((module_name, name), value)

    def read_only(self, name, *value):
        raise AttributeError("module %r is read-only in the strict profile" % module_name)

    proxy_type = type("module", (), {
        "__slots__": (),
        "__getattribute__": lambda self, name: lookup(name),
        "__setattr__": read_only,
        "__delattr__": read_only,
        "__repr__": lambda self: "<module %r>" % module_name,
        "__dir__": lambda self: sorted(public_names()),
    })
    proxy = _proxies[module_name] = proxy_type()
    return proxy


def _strict_import(name, globals=None, locals=None, fromlist=(), level=0):
    """The program's __import__: re-checks the allow-list and returns module proxies."""
    if level != 0:
        raise ImportError("relative imports are not allowed in the strict profile")
    if type(name) is not str:
        raise TypeError("module name must be a plain string")
    fromlist = tuple(fromlist) if fromlist else ()
    if not all(type(item) is str for item in fromlist):
        raise TypeError("import names must be plain strings")
    # A private part (re._compiler) is refused here too: `import re._compiler as c` would
    # otherwise find the real module in sys.modules when the proxy refuses the attribute.
    if name != "__future__" and (_top_module(name) not in ALLOWED_MODULES
                                 or _private_component(name)
                                 or any(item.startswith("_") for item in fromlist)):
        raise ImportError("import of %r is not allowed in the strict profile" % name, name=name)
    return _module_proxy(__import__(name, None, None, fromlist, 0))


# What the copies in the program's namespace may use, by name.
_HELPER_FUNCTIONS = (
    _require_public_name, _checked_getattr, _checked_setattr, _checked_delattr, _checked_hasattr,
    _checked_attrgetter, _checked_methodcaller, _checked_make_dataclass, _checked_match_class,
    _is_enum_class, _module_proxy, _strict_import, _dynamic_attribute_problem, _attribute_problem,
    _top_module, _private_component, _checked_wrapper_names, _checked_update_wrapper,
    _checked_wraps, _checked_global_enum, _library_namespace, _guard_typing, _checked_dataclass,
    _match_snapshot, _match_snapshot_instancecheck)
_HELPER_BUILTIN_NAMES = _names("""
    __import__ getattr setattr delattr hasattr type object issubclass isinstance id str tuple dict
    all any vars sorted len
    TypeError AttributeError ImportError SystemExit
""")
MATCH_CLASS_CHECK = ".match_class"


def program_namespace():
    """The program's builtins, with every guard function in them re-made in a namespace of its own.

    A function's __globals__ is the namespace it was defined in, so exit.__globals__ used to be
    this guard's globals: posix, sys, the real builtins and the audit hook's switch. Here exit and
    quit live in a namespace holding SystemExit only, and the checked helpers in one holding the
    few builtins, names and modules they use; nothing in either leads back to this module.
    """
    function_type = type(_exit)

    def rehome(function, namespace):
        return function_type(function.__code__, namespace, function.__name__,
                             function.__defaults__, function.__closure__)

    exit_namespace = {"__builtins__": {"SystemExit": SystemExit}, "__name__": "builtins"}
    exit_function = rehome(_exit, exit_namespace)

    helpers = {"__name__": "builtins", "__builtins__": {
        name: getattr(builtins, name) for name in _HELPER_BUILTIN_NAMES}}
    helpers.update(
        SAFE_DUNDERS=SAFE_DUNDERS, FRAME_ATTRIBUTES=FRAME_ATTRIBUTES,
        FORMAT_METHODS=FORMAT_METHODS, FORMATTER_INTERNALS=FORMATTER_INTERNALS,
        ALLOWED_MODULES=ALLOWED_MODULES, _module_type=type(sys), _proxies={},
        _wrapper_defaults=_names("__module__ __name__ __qualname__ __doc__ __dict__ "
                                 "__annotations__"),
        _mro_of=type.__dict__["__mro__"].__get__, _dict_of=type.__dict__["__dict__"].__get__,
        _name_of=type.__dict__["__qualname__"].__get__,
        _plain_name_of=type.__dict__["__name__"].__get__, _match_snapshots={},
        _match_snapshot_classes={}, _match_snapshot_type=[], _match_self_types=(
            bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple))
    for function in _HELPER_FUNCTIONS:
        helpers[function.__name__] = rehome(function, helpers)
    # Replacements the module proxy hands out instead of the real attribute.
    helpers["_module_overrides"] = {
        ("operator", "attrgetter"): helpers["_checked_attrgetter"],
        ("operator", "methodcaller"): helpers["_checked_methodcaller"],
        ("dataclasses", "make_dataclass"): helpers["_checked_make_dataclass"],
        ("dataclasses", "dataclass"): helpers["_checked_dataclass"],
        ("functools", "update_wrapper"): helpers["_checked_update_wrapper"],
        ("functools", "wraps"): helpers["_checked_wraps"],
        ("enum", "global_enum"): helpers["_checked_global_enum"],
    }

    namespace = {name: value for name, value in vars(builtins).items()
                 if not name.startswith("_") and name not in FORBIDDEN_BUILTINS}
    namespace.update({
        "__build_class__": builtins.__build_class__,  # class statements need it
        "__import__": helpers["_strict_import"],
        "getattr": helpers["_checked_getattr"],
        "setattr": helpers["_checked_setattr"],
        "delattr": helpers["_checked_delattr"],
        "hasattr": helpers["_checked_hasattr"],
        "exit": exit_function,
        "quit": exit_function,
        MATCH_CLASS_CHECK: helpers["_checked_match_class"],
    })
    return namespace


def _audit_hook(event, args, refused=REFUSED_EVENTS, refused_prefixes=REFUSED_EVENT_PREFIXES,
                frame_attributes=FRAME_EVENT_ATTRIBUTES, code_attributes=CODE_ATTRIBUTES,
                refused_imports=REFUSED_IMPORTS, runtime_forbidden=RUNTIME_FORBIDDEN_NAMES
                | FORBIDDEN_BUILTINS | ATTRIBUTE_BUILTINS, module_names=RUNTIME_MODULE_NAMES,
                stdlib=STDLIB_DIR + "/", arg_node=_ast.arg, name_node=_ast.Name, set=set,
                guard_file=GUARD_FILE, check_filename=CHECK_FILENAME, write_flags=WRITE_FLAGS,
                getframe=sys._getframe, compile=compile, only_ast=_ast.PyCF_ONLY_AST,
                node_type=_ast.AST, name_nodes=(_ast.Name, _ast.Attribute, _ast.Import,
                                                _ast.ImportFrom, _ast.alias),
                type=type, str=str, bytes=bytes, int=int, list=list, getattr=getattr,
                isinstance=isinstance, any=any, error=RuntimeError):
    """Refuses dangerous events while the program runs; installed for good, never disarmed.

    Audit hooks cannot build a sandbox (CPython's documentation says so); this one only narrows
    what a bypass of the static checks can do before it meets the OS layers. It holds no state:
    everything it uses is a default argument, a tuple of immutable objects, and replacing a
    function's defaults or code is one of the events it refuses. So even a program that reaches
    this function, its module or the real builtins cannot switch it off.
    """
    if event == "object.__getattr__":
        if args[1] not in frame_attributes:
            return
        # The frame that read the attribute is the first one outside this file. The standard
        # library (types.py reads tb_frame on import, traceback prints tracebacks) is trusted; the
        # program and code compiled at run time ("<string>") are not.
        frame = getframe(1)
        while frame is not None and frame.f_code.co_filename == guard_file:
            frame = frame.f_back
        if frame is None or not frame.f_code.co_filename.startswith(stdlib):
            raise error("access to %s is not allowed in the strict profile" % args[1])
    elif event == "object.__setattr__":
        # The standard library sets __defaults__ (namedtuple), never __code__; nobody may touch
        # this hook's own defaults.
        if args[1] == "__code__" or args[1] in code_attributes \
                and getattr(args[0], "__code__", None) is getframe(0).f_code:
            raise error("replacing %s is not allowed in the strict profile" % args[1])
    elif event == "compile":
        filename = args[1] if len(args) > 1 else None
        source = args[0]
        # Imports compile standard-library sources when no cached bytecode exists; the parse below
        # raises this event too, under its own file name.
        if type(filename) is str and (filename.startswith(stdlib) or filename == check_filename) \
                or type(source) not in (str, bytes):
            return
        try:
            tree = compile(source, check_filename, "exec", only_ast, dont_inherit=True)
        except (SyntaxError, ValueError):
            return  # the real compile reports it
        stack = [tree]
        parameters = set()
        module_references = set()
        while stack:
            node = stack.pop()
            if type(node) is arg_node:
                parameters.add(node.arg)
            elif type(node) is name_node and node.id in module_names:
                module_references.add(node.id)
            elif isinstance(node, name_nodes):
                name = getattr(node, "id", None) or getattr(node, "attr", None) or "import"
                # typing.get_type_hints(f, globalns={}) evaluates with the real builtins, so the
                # dangerous builtins themselves are refused here, not only attribute names.
                if name in runtime_forbidden or name == "import":
                    raise error("compiling code that uses %s is not allowed in the strict profile"
                                % name)
            for field in node._fields:
                value = getattr(node, field, None)
                if type(value) is list:
                    stack.extend(item for item in value if isinstance(item, node_type))
                elif isinstance(value, node_type):
                    stack.append(value)
        for name in module_references - parameters:
            raise error("compiling code that uses %s is not allowed in the strict profile" % name)
    elif event == "open":
        mode = args[1] if len(args) > 1 and type(args[1]) is str else ""
        flags = args[2] if len(args) > 2 and type(args[2]) is int else 0
        if any(flag in mode for flag in "wax+") or flags & write_flags:
            raise error("writing files is not allowed in the strict profile")
    elif event == "import":
        if args[0] in refused_imports:
            raise error("import of %s is not allowed in the strict profile" % args[0])
    elif event in refused or event.startswith(refused_prefixes):
        raise error("%s is not allowed in the strict profile" % event)


# -------------------------------------------------------------------------------------------------
# Errors and tracebacks in CPython's format


def _print_syntax_error(error, lines):
    import traceback
    if error.lineno and not error.text and 0 < error.lineno <= len(lines):
        error.text = lines[error.lineno - 1]
    sys.stderr.write("".join(traceback.format_exception_only(type(error), error)))


def _drop_guard_frames(summary, seen):
    """Remove this file's frames from a TracebackException and the exceptions chained to it."""
    if summary is None or id(summary) in seen:
        return
    seen.add(id(summary))
    summary.stack[:] = [frame for frame in summary.stack if frame.filename != GUARD_FILE]
    _drop_guard_frames(summary.__cause__, seen)
    _drop_guard_frames(summary.__context__, seen)
    for group_member in getattr(summary, "exceptions", None) or ():
        _drop_guard_frames(group_member, seen)


def _die_of_sigint():
    """End the process by SIGINT, as CPython does after an uncaught KeyboardInterrupt.

    CPython would do it itself, but the imports in the excepthook clear its "unhandled interrupt"
    flag, and the exit status would be 1 instead of the signal.
    """
    import _signal
    sys.stderr.flush()
    _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
    _signal.raise_signal(_signal.SIGINT)  # not posix.kill: os.kill is refused while the hook runs


def _user_traceback_printer(source_lines):
    """An excepthook printing the program's traceback like CPython, without the guard's frames.

    It runs with the audit hook in place: the frames it needs are read by the traceback module,
    which the hook trusts as standard library.
    """

    def print_traceback(exc_type, exc, tb):
        import linecache
        import traceback
        # The program may not be at /work/main.py (unit tests); give linecache its text directly.
        # An mtime of None keeps checkcache from dropping the entry.
        linecache.cache[FILENAME] = (sum(map(len, source_lines)), None, source_lines, FILENAME)
        summary = traceback.TracebackException(exc_type, exc, tb, compact=True)
        _drop_guard_frames(summary, set())
        sys.stderr.write("".join(summary.format()))
        if issubclass(exc_type, KeyboardInterrupt):
            _die_of_sigint()

    return print_traceback


# -------------------------------------------------------------------------------------------------
# Main


def _read_program(path, reporter):
    """The program's text, or None after reporting why it cannot be compiled."""
    with open(path, "rb") as stream:
        data = stream.read()
    if data.startswith(b"\xef\xbb\xbf"):  # a byte-order mark, as CPython accepts it
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = "the file is not valid UTF-8 (byte 0x%02x)" % data[error.start]
        reporter.send("compile", message, line)
        sys.stderr.write('  File "%s", line %d\nSyntaxError: %s\n' % (FILENAME, line, message))
        return None


def _compile_program(source, lines, reporter):
    """(syntax tree, code object), or None after reporting a compile error."""
    try:
        tree = compile(source, FILENAME, "exec", _ast.PyCF_ONLY_AST, dont_inherit=True)
        # Some errors ('return' outside function) come from the compiler, not the parser.
        code = compile(tree, FILENAME, "exec", dont_inherit=True)
        return tree, code
    except SyntaxError as error:
        reporter.send("compile", str(error.msg), error.lineno or 1)
        _print_syntax_error(error, lines)
    except ValueError as error:  # null bytes
        line = source.count("\n", 0, source.find("\0")) + 1 if "\0" in source else 1
        reporter.send("compile", str(error), line)
        # No source line in the message: it would print the null byte.
        _print_syntax_error(SyntaxError(str(error), (FILENAME, line, None, None)), [])
    except (RecursionError, MemoryError):  # absurdly deep nesting
        message = "the program is nested too deeply to compile"
        reporter.send("compile", message, 1)
        _print_syntax_error(SyntaxError(message, (FILENAME, 1, None, None)), lines)
    return None


def _run(code, source_lines, reporter):
    # The program gets its own __main__ module. Library code that looks a class's module up in
    # sys.modules (typing.get_type_hints, dataclasses) must find the program's globals, not this
    # guard's, which hold the real builtins.
    main_module = type(sys)("__main__")
    namespace = main_module.__dict__
    namespace.clear()
    namespace.update({"__name__": "__main__", "__builtins__": program_namespace()})
    sys.modules["__main__"] = main_module

    sys.excepthook = _user_traceback_printer(source_lines)
    reporter.close()
    sys.addaudithook(_audit_hook)
    # SystemExit propagates as usual, so the exit status is preserved. Other exceptions, including
    # KeyboardInterrupt, reach the excepthook, which prints them and ends the process like CPython.
    exec(code, namespace)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 -I -S -u python_guard.py PROGRAM.py\n")
        return 2
    reporter = Reporter(REPORT_FD)
    source = _read_program(argv[1], reporter)
    if source is None:
        return 1
    # Lines as CPython numbers them (str.splitlines would also split at form feeds and the like).
    lines = [line + "\n" for line in
             source.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    compiled = _compile_program(source, lines, reporter)
    if compiled is None:
        return 1
    tree, code = compiled

    checker = PolicyChecker()
    violations = checker.check(tree)
    if violations:
        for violation in violations:
            reporter.send(violation.kind, violation.detail, violation.line)
        sys.stderr.write("".join(
            "%s:%d: %s is not allowed in the strict profile\n"
            % (DISPLAY_NAME, violation.line, violation.message) for violation in violations))
        return 1
    if checker.class_patterns and _guard_class_patterns(tree):
        code = compile(tree, FILENAME, "exec", dont_inherit=True)
    del tree, violations
    _run(code, lines, reporter)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
