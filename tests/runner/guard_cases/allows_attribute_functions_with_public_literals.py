# expect: ok
# stdout: 1 True 5 HELLO
import operator
from operator import methodcaller


class Box:
    pass


box = Box()
setattr(box, "value", 1)
print(getattr(box, "value"), hasattr(box, "value"), operator.attrgetter("value")(box) + 4,
      methodcaller("upper")("hello"))
delattr(box, "value")
