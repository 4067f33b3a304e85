# expect: builtin exec 2
exec("print(1)")
