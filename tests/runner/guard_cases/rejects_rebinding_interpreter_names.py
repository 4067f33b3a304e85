# expect: syntax name __builtins__ 5
# expect: syntax name __import__ 8
# expect: syntax name __builtins__ 12
def run():
    global __builtins__


def __import__(name):
    return name


__builtins__ = {}
