# expect: syntax name __loader__ 6
# expect: syntax name __builtins__ 7
# expect: syntax string naming __import__ 7
# expect: syntax name __spec__ 8
# expect: syntax name __build_class__ 9
loader = __loader__
real_import = __builtins__["__import__"]
spec = __spec__
builder = __build_class__
