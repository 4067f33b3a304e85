# expect: syntax string.Formatter.get_field 4
# expect: syntax string.Formatter.vformat 5
import string
value = string.Formatter().get_field("0.real", (1,), {})
text = string.Formatter().vformat("{0}", (1,), {})
