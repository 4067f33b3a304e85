# expect: syntax keyword argument __instancecheck__ 5
# expect: syntax string naming __getattribute__ 6
# expect: syntax string naming __match_args__ 6
# Dunders put into a class made by type() through keyword arguments or literal keys.
Meta = type("Meta", (type,), dict(__instancecheck__=lambda cls, obj: True))
K = type("K", (), {"__getattribute__": lambda self, name: name, "__match_args__": ("x",)})
