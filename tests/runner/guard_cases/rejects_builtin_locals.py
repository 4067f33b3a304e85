# expect: builtin locals 2
locals()
