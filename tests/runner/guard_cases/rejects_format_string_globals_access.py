# expect: syntax format string with attribute access to __globals__ 7
def f():
    pass


x = f
print("{0.__init__.__globals__}".format(x))
