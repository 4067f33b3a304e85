# expect: ok
# stdout: True True 2 ['Counter', 'OrderedDict']
import collections.abc
import json.decoder as decoder
from collections import abc
from collections.abc import Iterable

print(abc is collections.abc, isinstance((), Iterable), decoder.JSONDecoder().decode("2"),
      [name for name in dir(collections) if name in ("Counter", "OrderedDict")])
