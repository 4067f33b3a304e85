# expect: import io 5
# expect: import pathlib 6
# expect: import pickle 7
# expect: import collectionsx 8
import io
import pathlib
import math, pickle
from collectionsx import thing
