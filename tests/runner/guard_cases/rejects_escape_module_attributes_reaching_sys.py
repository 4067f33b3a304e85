# expect: syntax private attribute _os 14
# expect: syntax private attribute _compiler 14
# expect: syntax private attribute _sys 14
# expect: import typing.sys 15
# expect: import dataclasses.sys 15
# expect: import enum.sys 15
import random
import re
import decimal
import typing
import dataclasses
import enum

print(random._os, re._compiler, decimal._sys if hasattr(decimal, "x") else 0)
print(typing.sys, dataclasses.sys, enum.sys)
