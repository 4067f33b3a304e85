# expect: syntax attribute __class__ 3
match 1:
    case object(__class__=cls):
        print(cls)
