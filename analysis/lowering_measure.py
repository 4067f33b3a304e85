"""What Measure's Java harness (parsers/java_measure_choice.java) cannot call, noted on the Java program
model before it is lowered ("measure" on a method), so that the analysis tells the IDE's picker (see
measure_notes.py). The other languages' parsers write their notes themselves (cpp_callable.py,
js_tree_dump.js); Java's parser stays a plain dump of the tree, and the rules are the harness's, read
from the written types as the harness reads them from reflection."""


JAVA_NUMBERS = {"int", "long", "double", "float", "Integer", "Long", "Double"}
JAVA_ELEMENTS = {"int", "long", "double", "float", "Integer", "Long", "Double", "String"}
JAVA_LISTS = {"List", "ArrayList", "Collection", "Iterable"}


def java_makeable(written):
    """Whether Measure's Java harness (parsers/java_measure_choice.java, param()) makes an argument of a
    parameter of this written type: a number, a String, a char[], an array of numbers or strings, a
    List/ArrayList/Collection/Iterable of Integer, Long, Double or String."""
    t = written.replace(" ", "").replace("java.util.", "").replace("java.lang.", "")
    if t in JAVA_NUMBERS or t in ("String", "char[]"):
        return True
    if t.endswith("[]"):
        return t[:-2] in JAVA_ELEMENTS
    raw, _, argument = t.partition("<")
    return raw in JAVA_LISTS and argument.rstrip(">") in ("Integer", "Long", "Double", "String")


def java_measure_notes(c, outer=None):
    """Notes on the methods of a Java class (and its nested classes) that Measure's harness
    (parsers/java_measure_choice.java) cannot call: constructors; instance methods of a class it cannot
    make an object of (no constructor without parameters, abstract, an interface or an enum, an inner
    class that needs an object of its outer class); methods whose parameters it cannot make."""
    members = [m for m in c.get("members", []) if m.get("t") == "func"]
    constructors = [m for m in members if m["name"] == "__init__"]
    name = c.get("name", "")
    kind = c.get("kind", "class")
    unmade = None
    if kind in ("interface", "enum", "annotation_type") or c.get("abstract"):
        unmade = "an instance method of %s, of which Measure cannot make an object: make it static" % name
    elif outer is not None and not c.get("static") and outer.get("kind", "class") not in ("interface",
                                                                                             "annotation_type"):
        unmade = ("an instance method of the inner class %s, which needs an object of its outer class: make "
                  "the method or the class static" % name)
    elif constructors and all(m.get("params") for m in constructors):
        unmade = ("an instance method of %s, which has no constructor without parameters to make an object "
                  "with: make the method static" % name)
    for m in members:
        params = m.get("params") or []
        if m["name"] == "__init__":
            m.setdefault("measure", "a constructor: Measure calls methods")
        elif unmade and not m.get("static"):
            m.setdefault("measure", unmade)
        elif not params:
            m.setdefault("measure", "takes no parameter: nothing of it can grow")
        elif not all(java_makeable(p.get("type", "")) for p in params):
            m.setdefault("measure", "takes parameters Measure cannot make (%s): it makes numbers, strings, "
                                    "arrays of numbers or strings and lists of Integer, Long, Double or String"
                         % ", ".join("%s %s" % (p.get("type", ""), p["name"]) for p in params
                                     if not java_makeable(p.get("type", ""))))
    for m in c.get("members", []):
        if m.get("t") == "class":
            java_measure_notes(m, c)
