# expect: import os 2
from os import path
