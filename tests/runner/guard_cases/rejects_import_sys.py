# expect: import sys 2
import sys
