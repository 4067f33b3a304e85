# expect: syntax string formatting method format_map looked up by name (in a class pattern) 4
template = "{x._" + "_class_" + "_}"
match template:
    case str(format_map=walk):
        print(walk({"x": 1}))
