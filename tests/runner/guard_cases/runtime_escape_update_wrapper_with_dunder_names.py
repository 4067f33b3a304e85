# expect: ok
# exit: 1
# stderr: AttributeError: update_wrapper of '__globals__' is not allowed in the strict profile
# update_wrapper copies attributes by name: a getattr and a setattr with names given as data.
import functools


class Holder:
    pass


holder = Holder()
functools.update_wrapper(holder, exit, assigned=("_" + "_globals_" + "_",), updated=())
