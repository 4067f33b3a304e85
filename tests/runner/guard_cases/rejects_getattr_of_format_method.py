# expect: syntax string formatting method format 2
fmt = getattr(str, "format")
