# expect: syntax string.Formatter.get_field (attribute access from a string) 8
# expect: syntax string naming __class__ 8
# expect: syntax string.Formatter.vformat (attribute access from a string) 9
# expect: syntax format string method .format() on a non-literal string 10
import string

formatter = string.Formatter()
field = formatter.get_field("0.__class__", (1,), {})
text = formatter.vformat("{0.real}", (1,), {})
again = formatter.format("{0.real}", 1)
