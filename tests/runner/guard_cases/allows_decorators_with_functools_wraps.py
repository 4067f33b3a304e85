# expect: ok
# stdout: calling add
# stdout: 5 add Add two numbers. {'a': <class 'int'>, 'b': <class 'int'>, 'return': <class 'int'>}
# stdout: 120 120
import functools
import typing


def logged(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        print("calling", function.__name__)
        return function(*args, **kwargs)

    return wrapper


@logged
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


@functools.lru_cache(maxsize=None)
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)


def plain_factorial(n):
    return factorial(n)


functools.update_wrapper(plain_factorial, factorial)
print(add(2, 3), add.__name__, add.__doc__, typing.get_type_hints(add))
print(factorial(5), plain_factorial(5))
