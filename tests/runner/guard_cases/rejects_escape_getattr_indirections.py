# expect: builtin dynamic attribute access with getattr 8
# expect: builtin dynamic attribute access with getattr 9
# expect: builtin dynamic attribute access with getattr 10
# expect: builtin dynamic attribute access with hasattr 11
# getattr handed to functools.partial, map or a variable escapes the literal-name check.
import functools

read = functools.partial(getattr, 1)
names = list(map(getattr, [1], ["real"]))
alias = getattr
reader = hasattr
