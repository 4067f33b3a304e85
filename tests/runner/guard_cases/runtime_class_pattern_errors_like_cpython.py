# expect: ok
# exit: 1
# stderr: line 14, in <module>
# stderr: TypeError: P() accepts 1 positional sub-pattern (2 given)
from dataclasses import dataclass


@dataclass
class P:
    x: int


match P(2):
    case P(a, b):
        print(a, b)
