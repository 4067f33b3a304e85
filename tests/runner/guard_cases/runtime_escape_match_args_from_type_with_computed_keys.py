# expect: ok
# exit: 1
# stderr: line 15, in <module>
# stderr: TypeError: class pattern on K: its __match_args__ is not a tuple of public attribute names
# The same class-pattern read, with the dunders put in by type() under computed names, which no
# static check can see: the class is checked when the match runs.
def dunder(name):
    return "_" + "_" + name + "_" + "_"


Meta = type("Meta", (type,), {dunder("instancecheck"): lambda cls, obj: True})
K = Meta("K", (), {dunder("match_args"): (dunder("globals"),)})

match exit:
    case K(found):
        print(sorted(found))
