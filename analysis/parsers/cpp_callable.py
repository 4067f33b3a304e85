"""Which functions of a C++ program Measure can call, and how: shared by cpp_tree_dump.py, which notes in
the program model why Measure cannot call a function (the IDE's picker then does not offer it), and
cpp_measure.py, which writes the call. One rule for both, so that what the picker offers is what the
harness accepts.

Measure calls a function defined in the program (at namespace scope or as a member of a class or struct,
in the class or out of it) whose parameters are all things it can make (parameter_kind): a free
function or a static member by its qualified name, a member function on an object made with the class's
constructor without arguments, a function template whose types its vector<T> parameters give (it
passes vector<int>). It cannot call another template (which types would it make it for?), a
constructor or an operator, a member of a class template, a member that is not public, a member of a
class with no public constructor without parameters or an abstract one, nor a function of a local class.
"""
import re

try:
    from cpp_clang import K, cindex
except ImportError:
    pass  # the bundled script: cpp_clang.py is earlier in the same file

NUMBERS = {"int", "long", "long long", "unsigned int", "unsigned long", "unsigned long long", "short",
           "double", "float", "long double", "size_t", "unsigned", "int64_t", "uint64_t", "char"}
RECORDS = ("STRUCT_DECL", "CLASS_DECL", "UNION_DECL", "CLASS_TEMPLATE", "CLASS_TEMPLATE_PARTIAL_SPECIALIZATION")


def parameter_kind(type_):
    """What we pass for a parameter of this type: "list", "array", "str", "num", or None."""
    t = type_.get_canonical()
    if t.kind in (cindex.TypeKind.LVALUEREFERENCE, cindex.TypeKind.RVALUEREFERENCE):
        t = t.get_pointee().get_canonical()
    spelled = t.spelling.replace("const ", "").strip()
    if t.kind == cindex.TypeKind.POINTER or t.kind in (cindex.TypeKind.INCOMPLETEARRAY,
                                                        cindex.TypeKind.CONSTANTARRAY):
        inner = (t.get_pointee() if t.kind == cindex.TypeKind.POINTER else t.element_type).get_canonical()
        return "array" if inner.spelling.replace("const ", "").strip() in NUMBERS else None
    if spelled.startswith("std::vector<"):
        inner = spelled[len("std::vector<"):].rstrip(">").strip()
        return "list" if inner in NUMBERS else None
    if TEMPLATE_VECTOR.match(spelled):
        return "list"  # a template's vector<T>: Measure passes a vector<int>, from which T is deduced
    if spelled == "std::string":
        return "str"
    if spelled in NUMBERS:
        return "num"
    return None


# A function template's parameter `vector<T>` as libclang spells it (T is its first template
# parameter's "type-parameter-0-0").
TEMPLATE_VECTOR = re.compile(r"^(?:std::)?vector<type-parameter-\d+-(\d+)>$")


def template_refusal(c):
    """Why Measure cannot call the function template c, or None: it can when each template parameter is
    a type deduced from a vector<T> parameter (it passes a vector<int>) and no parameter is of another
    dependent type, which Measure could not tell what to make for."""
    kinds = [t.kind for t in c.get_children() if t.kind in (K.TEMPLATE_TYPE_PARAMETER, K.TEMPLATE_NON_TYPE_PARAMETER,
                                                            K.TEMPLATE_TEMPLATE_PARAMETER)]
    if any(k != K.TEMPLATE_TYPE_PARAMETER for k in kinds):
        return "a template with a parameter that is not a type: Measure cannot tell what to make it for"
    deduced = set()
    for p in parameters(c):
        t = p.type.get_canonical()
        if t.kind in (cindex.TypeKind.LVALUEREFERENCE, cindex.TypeKind.RVALUEREFERENCE):
            t = t.get_pointee().get_canonical()
        spelled = t.spelling.replace("const ", "").strip()
        match = TEMPLATE_VECTOR.match(spelled)
        if match:
            deduced.add(int(match.group(1)))
        elif "type-parameter-" in spelled:
            return ("a template whose parameter %s has a type Measure cannot tell what to make for (it makes "
                    "a vector<int> for a vector<T>)" % p.spelling)
    if len(deduced) < len(kinds):
        return "a template whose types its parameters do not give: Measure cannot tell which to make it for"
    return None


def is_record(c):
    return c is not None and c.kind.name in RECORDS


def owner(c):
    """The class or struct a member function belongs to (also for an out-of-line definition), or None."""
    parent = c.semantic_parent
    return parent if is_record(parent) else None


def qualified(c):
    """The name a call from main spells for c (ns::Outer::f), or None when main cannot name it (a local
    class's member, an anonymous class's)."""
    names = [c.spelling]
    parent = c.semantic_parent
    while parent is not None and parent.kind != K.TRANSLATION_UNIT:
        if parent.kind in (K.NAMESPACE, K.LINKAGE_SPEC):
            if parent.kind == K.NAMESPACE and parent.spelling:
                names.append(parent.spelling)  # an anonymous namespace's names are the file's own
        elif is_record(parent) and parent.spelling and not parent.spelling.startswith("("):
            names.append(parent.spelling)
        else:
            return None
        parent = parent.semantic_parent
    return "::".join(reversed(names))


def default_constructible(record):
    """Whether `Record object{};` compiles from main: no constructor declared, or a public one without
    parameters (defaults count), and not abstract."""
    if record.is_abstract_record():
        return False
    constructors = [m for m in record.get_children() if m.kind == K.CONSTRUCTOR]
    if not constructors:
        return True
    return any(m.is_default_constructor() and m.access_specifier == cindex.AccessSpecifier.PUBLIC
               for m in constructors)


def parameters(c):
    return [p for p in c.get_children() if p.kind == K.PARM_DECL]


def call_refusal(c):
    """Why Measure cannot call the function defined at cursor c, or None when it can."""
    name = c.spelling
    if c.kind == K.FUNCTION_TEMPLATE and template_refusal(c):
        return template_refusal(c)
    if c.kind in (K.CONSTRUCTOR, K.DESTRUCTOR, K.CONVERSION_FUNCTION) or name.startswith("operator"):
        return "a constructor or an operator: Measure calls functions"
    record = owner(c)
    if qualified(c) is None or (record is not None and qualified(record) is None):
        return "a member of a local or unnamed class, which main cannot name"
    if record is not None:
        if record.kind.name != "STRUCT_DECL" and record.kind.name != "CLASS_DECL":
            return "a member of %s, a class template or a union: Measure cannot make its object" % record.spelling
        if c.access_specifier != cindex.AccessSpecifier.PUBLIC:
            return "not public: main cannot call it"
        if not c.is_static_method() and not default_constructible(record):
            return ("a member of %s, which has no public constructor without parameters to make an object "
                    "with: make the function static" % record.spelling)
    params = parameters(c)
    if not params:
        return "takes no parameter: nothing of it can grow"
    cannot = [p.spelling or p.type.spelling for p in params if parameter_kind(p.type) is None]
    if cannot:
        return ("takes parameters Measure cannot make (%s): it makes numbers, strings, and vectors and "
                "arrays of numbers" % ", ".join(cannot))
    return None


def defined_functions(tu, in_main):
    """The functions the program defines, in source order: at namespace scope, in classes (nested too)
    and out of them; not main."""
    found = []

    def visit(cursor):
        for c in cursor.get_children():
            if not in_main(c):
                continue
            k = c.kind
            if k in (K.FUNCTION_DECL, K.FUNCTION_TEMPLATE, K.CXX_METHOD) and c.is_definition():
                if c.spelling != "main" or owner(c) is not None:
                    found.append(c)
            elif k in (K.NAMESPACE, K.LINKAGE_SPEC) or (is_record(c) and c.is_definition()):
                visit(c)

    visit(tu.cursor)
    found.sort(key=lambda c: (c.extent.start.line, c.extent.start.column))
    return found
