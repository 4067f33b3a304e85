# expect: import builtins 2
import builtins
