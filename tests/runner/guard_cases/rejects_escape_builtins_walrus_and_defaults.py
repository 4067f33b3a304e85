# expect: builtin eval 5
# expect: builtin __import__ 5
# expect: builtin open 5
# expect: builtin compile 9
def f(run=eval, load=__import__, reader=open):
    return run


(x := compile)
