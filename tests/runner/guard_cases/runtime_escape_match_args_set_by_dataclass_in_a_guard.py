# expect: ok
# exit: 1
# stderr: AttributeError: dataclass of '__globals__' is not allowed in the strict profile
# A class with no __match_args__ passes the class-pattern check; a case guard then runs
# dataclass() on it with a computed "__globals__" annotation, which would set __match_args__
# between the check and the match. dataclass() checks the names it turns into attributes.
import dataclasses


def dunder(name):
    return "_" + "_" + name + "_" + "_"


Meta = type("Meta", (type,), {dunder("instancecheck"): lambda cls, obj: True})
K = Meta("K", (), {dunder("annotations"): {dunder("globals"): dict}})


def arm():
    dataclasses.dataclass(K, init=False, repr=False, eq=False)
    return False


match exit:
    case _ if arm():
        pass
    case K(found):
        print(sorted(found))
