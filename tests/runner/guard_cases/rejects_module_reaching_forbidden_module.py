# expect: import typing.sys 7
# expect: import datetime.sys 8
# expect: import dataclasses.sys 9
import typing
import datetime
import dataclasses as dc
typing.sys.modules
print(datetime.sys)
print(dc.sys)
