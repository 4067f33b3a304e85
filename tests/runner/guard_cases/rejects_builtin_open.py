# expect: builtin open 2
open("/etc/passwd").read()
