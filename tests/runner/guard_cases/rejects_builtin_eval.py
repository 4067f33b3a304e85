# expect: builtin eval 2
eval("1 + 1")
