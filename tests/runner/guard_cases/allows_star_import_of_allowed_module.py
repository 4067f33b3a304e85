# expect: ok
# stdout: 3.0 120
from math import *

print(sqrt(9), factorial(5))
