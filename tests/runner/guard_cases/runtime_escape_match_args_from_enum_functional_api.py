# expect: ok
# exit: 1
# stderr: TypeError: class pattern on Color: its __match_args__ is not a tuple of public attribute names
# Enum's functional API sets any name given as data, dunders included, as a class attribute.
import enum

name = "_" + "_match_args_" + "_"
Color = enum.Enum("Color", {name: ("_" + "_class_" + "_",), "RED": 1})

match Color.RED:
    case Color(found):
        print(found)
