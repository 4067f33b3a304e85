# expect: syntax attribute __getattribute__ 4
# expect: syntax attribute __getattribute__ 5
# expect: syntax attribute __getattribute__ 6
secret = object.__getattribute__(1, "real")
also = type.__getattribute__(int, "mro")
sup = super(int, 1).__getattribute__
