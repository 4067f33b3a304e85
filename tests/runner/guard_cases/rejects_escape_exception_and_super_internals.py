# expect: syntax name __class__ 6
# expect: syntax attribute __context__ 12
# expect: syntax attribute __traceback__ 13
class C:
    def method(self):
        return __class__


try:
    raise ValueError
except ValueError as error:
    context = error.__context__
    trace = error.__traceback__
