# expect: ok
# exit: 1
# stderr: AttributeError: make_dataclass of '__class__' is not allowed in the strict profile
# make_dataclass takes field names at run time; they become __match_args__, so a computed
# "__class__" field would make `case K(c)` read any object's class.
import dataclasses

K = dataclasses.make_dataclass("K", ["_" + "_class_" + "_"], init=False, repr=False, eq=False)
print(K)
