# expect: import re._compiler 6
# expect: import collections._sys 7
# expect: import re._parser 8
# expect: syntax private name _default_decoder 9
# `import re._compiler as c` found the real, writable module in sys.modules.
import re._compiler as c
import collections._sys
from re._parser import Verbose
from json import _default_decoder

print(c, Verbose, _default_decoder)
