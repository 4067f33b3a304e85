# expect: import importlib 2
import importlib
