# expect: ok
# stdout: Point(x=1, y=2, tags=[]) True Color.RED 2
# stdout: Shape square 4
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


class Color(Enum):
    RED = 1
    GREEN = 2


class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    def __repr__(self):
        return f"Shape {self.name} {self.sides}"


print(Point(1, 2), Point(1) < Point(2), Color.RED, len(Color.__members__))
print(Shape("square", 4))
