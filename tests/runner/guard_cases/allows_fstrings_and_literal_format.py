# expect: ok
# stdout: 1.414 |    7| x=3 a-b
import math

x = 3
print(f"{math.sqrt(2):.3f}", "|{:>5}|".format(7), "x={x}".format_map({"x": x}),
      "%s-%s" % ("a", "b"))
