# expect: builtin dynamic attribute access with getattr 5
# expect: builtin dynamic attribute access with setattr 6
# expect: builtin dynamic attribute access with getattr 7
name = "_" + "_class__"
getattr(1, name)
setattr(1, name, 2)
lookup = getattr
