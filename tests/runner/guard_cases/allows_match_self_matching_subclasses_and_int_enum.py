# expect: ok
# stdout: celsius 21.5
# stdout: day 1
# stdout: int 3
# stdout: p 1
import enum
from dataclasses import dataclass


class Celsius(float):
    pass


class Day(enum.IntEnum):
    MON = 1


@dataclass
class P:
    x: int


for value in [Celsius(21.5), Day.MON, 3, P(1)]:
    match value:
        case Celsius(t):
            print("celsius", t)
        case Day(d):
            print("day", d)
        case int(n):
            print("int", n)
        case P(x):
            print("p", x)
