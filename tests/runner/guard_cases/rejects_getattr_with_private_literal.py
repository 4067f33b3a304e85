# expect: syntax attribute __class__ 4
# expect: syntax private attribute _os 5
import random
getattr(1, "__class__")
hasattr(random, "_os")
