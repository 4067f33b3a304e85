# expect: import relative import 2
from . import helpers
