# expect: syntax format string with attribute access to __globals__ 5
# expect: syntax format string with attribute access to __class__ 6
# expect: syntax format string with index access to __builtins__ 7
# expect: syntax format string with attribute access to __class__ 8
print("{0.__init__.__globals__}".format(object))
print("{x.__class__}".format_map({"x": 1}))
print("{0[__builtins__]}".format({}))
print("{0:{1.__class__}}".format(1, 2))
