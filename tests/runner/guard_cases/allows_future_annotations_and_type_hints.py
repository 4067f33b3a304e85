# expect: ok
# stdout: {'x': <class 'int'>, 'name': <class 'str'>}
from __future__ import annotations

import typing
from dataclasses import dataclass


@dataclass
class Item:
    x: int
    name: str


print(typing.get_type_hints(Item))
