# expect: import copyreg 3
import copy
import copyreg

print(copy.copyreg)
