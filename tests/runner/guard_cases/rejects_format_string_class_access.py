# expect: syntax format string with attribute access to __class__ 2
print("{0.__class__}".format(1))
