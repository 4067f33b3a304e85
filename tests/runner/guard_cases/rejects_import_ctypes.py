# expect: import ctypes 2
import ctypes
