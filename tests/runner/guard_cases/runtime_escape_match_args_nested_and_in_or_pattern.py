# expect: ok
# exit: 1
# stderr: TypeError: class pattern on Sneaky
# Class patterns nested in sequence, or- and class patterns are checked the same way.
def dunder(name):
    return "_" + "_" + name + "_" + "_"


class Plain:
    pass


Sneaky = type("Sneaky", (), {dunder("match_args"): (dunder("class"),)})

match [1, Sneaky()]:
    case [int(), Plain(found) | Sneaky(found)]:
        print(found)
