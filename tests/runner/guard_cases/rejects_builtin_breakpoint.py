# expect: builtin breakpoint 2
breakpoint()
