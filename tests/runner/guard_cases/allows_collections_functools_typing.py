# expect: ok
# stdout: [('l', 2)] 832040 True 3
import collections.abc
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import List


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def count(words: List[str]) -> int:
    seen = defaultdict(int)
    for word in words:
        seen[word] += 1
    return len(seen)


print(Counter("hello").most_common(1), fib(30), isinstance([], Iterable) and
      issubclass(list, collections.abc.Sized), count(["a", "b", "a", "c"]))
