# expect: builtin eval 3
# expect: builtin exec 4
x = eval
run = [exec][0]
