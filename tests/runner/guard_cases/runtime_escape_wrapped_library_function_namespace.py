# expect: ok
# exit: 1
# stderr: TypeError: evaluating the annotation 'Random' in module 'random' is not allowed
# get_type_hints follows __wrapped__ to find the globals: wrapping a library function makes an
# annotation of the program evaluate in that library module.
import functools
import random
import typing


def f(x: "Random"):
    pass


functools.wraps(random.Random.seed, assigned=())(f)
print(typing.get_type_hints(f))
