# expect: ok
# exit: 1
# stderr: TypeError: class pattern on K
# __match_args__ naming "format" hands out a bound str.format of a computed template: the
# format-string walk to a function's globals.
def dunder(name):
    return "_" + "_" + name + "_" + "_"


K = type("K", (str,), {dunder("match_args"): ("format",)})
template = K("{0." + dunder("globals") + "}")

match template:
    case K(walk):
        print(walk(exit))
