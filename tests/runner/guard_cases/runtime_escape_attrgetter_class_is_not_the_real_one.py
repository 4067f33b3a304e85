# expect: ok
# exit: 1
# stderr: TypeError: function() missing required argument
# The class of a checked attrgetter would be the unchecked operator.attrgetter: it is not.
import operator

getter = operator.attrgetter("real")
print(getter(5))
unchecked = type(getter)
print(unchecked("_" + "_class_" + "_")(5))
