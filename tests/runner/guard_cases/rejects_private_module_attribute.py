# expect: syntax private attribute _os 3
import random
os_module = random._os
