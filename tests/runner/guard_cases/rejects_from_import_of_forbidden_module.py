# expect: import typing.sys 3
# expect: syntax private name _os 4
from typing import sys
from random import _os
