# expect: ok
# exit: 1
# stderr: TypeError: global_enum of a class of another module is not allowed
# global_enum writes an enum's members into the globals of the module the enum names as its own.
import enum
import random

Names = enum.Enum("Names", {"sys": 1, "_os": 2}, module="random")
enum.global_enum(Names)
