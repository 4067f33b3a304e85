# expect: import os 2
import os
