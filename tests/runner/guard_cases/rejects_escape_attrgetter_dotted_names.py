# expect: syntax attribute __class__ (via attrgetter) 7
# expect: syntax attribute __base__ (via attrgetter) 7
# expect: syntax attribute __subclasses__ (via methodcaller) 8
# expect: syntax attribute __class__ (via attrgetter) 9
from operator import attrgetter, methodcaller

walk = attrgetter("__class__.__base__")
calls = methodcaller("__subclasses__")
nested = attrgetter("real", "imag.__class__")
