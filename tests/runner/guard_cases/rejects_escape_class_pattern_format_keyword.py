# expect: syntax string formatting method format looked up by name (in a class pattern) 5
# `case str(format=f)` binds the bound method str.format of a template built at run time.
template = "{0._" + "_globals_" + "_}"
match template:
    case str(format=walk):
        print(walk(exit))
