# expect: ok
# exit: 1
# stderr: TypeError: evaluating the annotation 'collections' in module 'typing' is not allowed in the strict profile
# typing evaluates a class's string annotations in the module the class names as its own; a class
# made by type() can name any module, and "sys.modules" in typing's globals is the real modules.
import typing


def dunder(name):
    return "_" + "_" + name + "_" + "_"


K = type("K", (), {dunder("module"): "typing", dunder("annotations"): {"x": "collections"}})
print(typing.get_type_hints(K))
