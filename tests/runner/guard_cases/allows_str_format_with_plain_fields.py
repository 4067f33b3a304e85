# expect: ok
# stdout: Ada is 36 | right|3.14
# stdout: 1-2-3 first [2] 0x1f
# stdout:   7.50 ok
from string import Template

name, age, width = "Ada", 36, 6
print("{} is {}".format(name, age), "|{:>{w}}|{:.2f}".format("right", 3.14159, w=width))
print("{0}-{1}-{2}".format(1, 2, 3), "{first}".format(first="first"),
      "{0[1]}".format([1, [2]]), "{:#x}".format(31))
print(f"{7.5:>{width}.2f}", Template("$status").substitute(status="ok"))
