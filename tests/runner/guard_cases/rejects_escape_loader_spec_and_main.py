# expect: syntax name __loader__ 5
# expect: syntax name __spec__ 6
# expect: import __main__ 7
# expect: syntax name __build_class__ 8
loader = __loader__
spec = __spec__
import __main__
build = __build_class__
