# expect: builtin vars 2
vars()
