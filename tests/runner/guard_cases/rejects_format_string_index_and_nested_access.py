# expect: syntax format string with index access to __globals__ 4
# expect: syntax format string with attribute access to _secret 5
# expect: syntax format string with attribute access to __class__ 6
print("{0[__globals__]}".format({}))
print("{x._secret}".format_map({"x": 1}))
print("{0:{1.__class__}}".format(1, 2))
