"""Which functions of an analyzed program Measure (the empirical analyzer) can call, for the IDE's picker:
the static analyzer adds "measurable": false and "measure_note" (why) to the others in its "functions".

For Python the rules are the harness's own (measure_kinds.py, bundled with empirical_harness.py),
applied to the program as the harness reads it (the analyzer's tree has renamed its locals): it calls
top-level functions and the methods of top-level classes (a @staticmethod or a @classmethod on the
class, another method on an object made with the class's constructor without arguments) whose
parameters' uses say what to pass. Other languages' parsers note what their harness cannot call in the
program model (cpp_callable.py, js_tree_dump.js, lowering_measure.py), which the lowering hands over as
tree.measure_notes; a function nested in another is never callable.
"""
import ast

try:
    from measure_kinds import has_decorator, measure_refusal
except ImportError:
    pass  # the bundled script: measure_kinds.py is earlier in the same file

NESTED = "nested in another function: Measure calls top-level functions and methods"
ASYNC = "an async function: Measure times plain calls"


def measure_notes(tree, source):
    """({(name, line): why Measure cannot call it}, {(name, line): the parameters a caller passes}) for
    the function definitions of `tree`; the second only for Python methods, whose object it leaves out."""
    notes = dict(getattr(tree, "measure_notes", {}))
    parameters = {}
    if hasattr(tree, "origins"):
        program = tree
    else:
        try:
            program = ast.parse(source)
        except (SyntaxError, ValueError, TypeError, RecursionError):
            return notes, parameters
    top = set()
    for node in program.body:
        if isinstance(node, ast.FunctionDef):
            top.add((node.name, node.lineno))
            note = None if program is tree else measure_refusal(node, None)
            if note:
                notes[(node.name, node.lineno)] = note
        elif isinstance(node, ast.ClassDef) and program is not tree:
            for member in node.body:
                if not isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                key = (member.name, member.lineno)
                top.add(key)
                note = measure_refusal(member, node) if isinstance(member, ast.FunctionDef) else ASYNC
                if note:
                    notes[key] = note
                if not has_decorator(member, "staticmethod"):
                    parameters[key] = [a.arg for a in member.args.posonlyargs + member.args.args][1:]
    # Nesting says it best, whatever a parser noted about the function itself.
    for node in function_definitions(program.body):
        if (node.name, node.lineno) not in top:
            notes[(node.name, node.lineno)] = ASYNC if isinstance(node, ast.AsyncFunctionDef) else NESTED
    return notes, parameters


def function_definitions(statements):
    """Every function definition among statements and the statements in them: a definition is a
    statement, so expressions, most of a program, need no visit."""
    for node in statements:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(node, field, None)
            if isinstance(inner, list):
                yield from function_definitions(inner)
