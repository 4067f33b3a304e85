# expect: syntax format string method .format() on a non-literal string 5
# expect: syntax format string method .format() on a non-literal string 6
# expect: syntax format string method .format_map() on a non-literal string 7
template = "{0}"
template.format(1)
str.format("{0}", 1)
("{" + "x}").format_map({"x": 1})
