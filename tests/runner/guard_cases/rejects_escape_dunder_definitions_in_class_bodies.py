# expect: syntax definition of __init_subclass__ 12
# expect: syntax definition of __class_getitem__ 15
# expect: syntax definition of __set_name__ 18
# expect: syntax definition of __getattr__ 21
# expect: syntax definition of __getattribute__ 24
# expect: syntax definition of __setattr__ 27
# expect: syntax definition of __delattr__ 30
# expect: syntax definition of __subclasshook__ 33
# expect: syntax definition of __mro_entries__ 36
# expect: syntax definition of __reduce_ex__ 39
class Registry:
    def __init_subclass__(cls, **kwargs):
        pass

    def __class_getitem__(cls, item):
        return cls

    def __set_name__(self, owner, name):
        pass

    def __getattr__(self, name):
        return name

    def __getattribute__(self, name):
        return name

    def __setattr__(self, name, value):
        pass

    def __delattr__(self, name):
        pass

    def __subclasshook__(cls, other):
        return True

    def __mro_entries__(self, bases):
        return ()

    def __reduce_ex__(self, protocol):
        return (print, ())
