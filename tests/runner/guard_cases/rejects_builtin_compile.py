# expect: builtin compile 2
compile("1", "<x>", "eval")
