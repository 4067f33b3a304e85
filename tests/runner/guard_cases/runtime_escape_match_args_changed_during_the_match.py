# expect: ok
# stdout: not matched: the match read the checked names
# K is plain when the match starts; a case guard then sets K.__match_args__ to "__globals__"
# through copy.copy (a __reduce_ex__ whose state is set with setattr on what a __new__ returned,
# here K itself). The match reads the names that were checked, from a snapshot the program never
# sees, so the change comes too late.
import copy


def dunder(name):
    return "_" + "_" + name + "_" + "_"


Meta = type("Meta", (type,), {dunder("instancecheck"): lambda cls, obj: True})
K = Meta("K", (), {dunder("match_args"): ("real",)})


class Maker:
    def __new__(cls, *args):
        return K


state = (None, {dunder("match_args"): (dunder("globals"),)})
Armed = type("Armed", (Maker,), {dunder("reduce_ex"): lambda self, protocol: (Maker, (), state)})


def arm():
    copy.copy(object.__new__(Armed))
    return False


match exit:
    case _ if arm():
        pass
    case K(found):
        print(sorted(found))
    case _:
        print("not matched: the match read the checked names")
