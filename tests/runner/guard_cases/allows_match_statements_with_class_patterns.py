# expect: ok
# stdout: origin
# stdout: on the y axis at 5
# stdout: x=3 y=4
# stdout: pair 1 2
# stdout: key v
# stdout: int 7
# stdout: move 1 2
# stdout: red
# stdout: vector 2 3
# stdout: other 'text'
from dataclasses import dataclass
from enum import Enum


@dataclass
class Point:
    x: int
    y: int


class Move:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy


class Color(Enum):
    RED = 1


def describe(value):
    match value:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x=x, y=y):
            return f"x={x} y={y}"
        case (Point(x1, y1), Point(x2, y2)):
            return f"vector {x2 - x1} {y2 - y1}"
        case [a, b]:
            return f"pair {a} {b}"
        case {"k": v}:
            return f"key {v}"
        case int(n) if n > 0:
            return f"int {n}"
        case Move(dx, dy):
            return f"move {dx} {dy}"
        case Color.RED:
            return "red"
        case str() as text:
            return f"other {text!r}"


for value in [Point(0, 0), Point(0, 5), Point(3, 4), [1, 2], {"k": "v"}, 7, Move(1, 2),
              Color.RED, (Point(1, 1), Point(3, 4)), "text"]:
    print(describe(value))
