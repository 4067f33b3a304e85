# expect: syntax attribute __class__ 5
# expect: syntax attribute __bases__ 5
# expect: syntax attribute __subclasses__ 5
# expect: syntax attribute __mro__ 6
classes = ().__class__.__bases__[0].__subclasses__()
everything = type(1).__mro__[-1]
