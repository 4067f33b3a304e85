# expect: builtin globals 2
globals()
