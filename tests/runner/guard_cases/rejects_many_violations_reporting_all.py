# expect: import os 10
# expect: import subprocess 11
# expect: builtin eval 14
# expect: syntax attribute __class__ 15
# expect: builtin open 17
# expect: syntax attribute gi_frame 20
# expect: builtin dynamic attribute access with getattr 21
# expect: syntax format string with attribute access to __class__ 22
# expect: import sys 24
import os
from subprocess import run
import math

result = eval("1")
kind = (1).__class__
with_file = None
handle = open("x")
gen = (i for i in range(3))
name = "x"
frame = gen.gi_frame
value = getattr(gen, name)
text = "{0.__class__}".format(1)
if math.pi > 3:
    import sys
