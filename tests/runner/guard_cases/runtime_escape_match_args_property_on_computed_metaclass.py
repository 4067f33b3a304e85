# expect: ok
# exit: 1
# stderr: TypeError: class pattern on K
# A metaclass made by type() whose __match_args__ is a property: what a check saw could differ
# from what the match reads, so such a class is refused outright.
def dunder(name):
    return "_" + "_" + name + "_" + "_"


names = iter([("real",), (dunder("class"),)])
Meta = type("Meta", (type,), {dunder("match_args"): property(lambda cls: next(names))})
K = Meta("K", (int,), {})

match K(1):
    case K(value):
        print(value)
