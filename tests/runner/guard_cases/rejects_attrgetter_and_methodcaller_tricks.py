# expect: syntax attribute __class__ 8
# expect: syntax attribute __class__ 9
# expect: syntax attribute __reduce_ex__ 10
# expect: builtin dynamic attribute access with attrgetter 11
# expect: syntax attribute gi_frame 12
import operator
from operator import attrgetter, methodcaller
operator.attrgetter("__class__")(1)
attrgetter("real.__class__")(1)
methodcaller("__reduce_ex__", 2)(1)
getter = attrgetter
attrgetter("gi_frame")
