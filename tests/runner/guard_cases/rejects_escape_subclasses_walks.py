# expect: syntax attribute __class__ 11
# expect: syntax attribute __base__ 11
# expect: syntax attribute __subclasses__ 11
# expect: syntax attribute __subclasses__ 12
# expect: syntax attribute __class__ 13
# expect: syntax attribute __mro__ 13
# expect: syntax attribute __subclasses__ 13
# expect: syntax attribute __subclasses__ 14
# The classic: from any object to object, then to every class loaded (os._wrap_close,
# the importlib loaders) and their globals.
classes = ().__class__.__base__.__subclasses__()
everything = object.__subclasses__()
also = [].__class__.__mro__[-1].__subclasses__()
via_type = type.__subclasses__(object)
