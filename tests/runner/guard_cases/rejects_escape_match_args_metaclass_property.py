# expect: syntax definition of __instancecheck__ 6
# expect: syntax definition of __match_args__ 10
# The review's exploit: a metaclass whose __instancecheck__ says yes and whose __match_args__
# property names any attribute made `case K(v)` read exit.__globals__ (the guard's globals).
class Meta(type):
    def __instancecheck__(cls, obj):
        return True

    @property
    def __match_args__(cls):
        return (cls.want,)


class K(metaclass=Meta):
    want = "x"


def read(obj, name):
    K.want = name
    match obj:
        case K(v):
            return v


guard_globals = read(exit, "_" + "_glob" + "als_" + "_")
guard_globals["posix"].system("touch /tmp/escaped")
