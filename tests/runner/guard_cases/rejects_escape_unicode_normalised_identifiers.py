# expect: builtin eval 5
# expect: builtin open 6
# expect: syntax attribute __class__ 7
# Identifiers are NFKC-normalised by the parser: these are eval, open and __class__.
ｅｖａｌ("1")
ｏｐｅｎ("main.py")
x = (1).__ｃｌａｓｓ__
