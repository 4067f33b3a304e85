# expect: ok
# exit: 1
# stdout: <module 'typing'>
# stderr: AttributeError: module 'typing' has no attribute 'sys' in the strict profile
# stderr-not: guard
import typing

alias = typing  # the static check follows import names, not assignments
print(alias)
print(alias.sys)
