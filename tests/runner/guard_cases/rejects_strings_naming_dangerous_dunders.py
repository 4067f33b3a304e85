# expect: syntax string naming __globals__ 5
# expect: syntax string naming __subclasses__ 6
# expect: syntax string naming __class__ 7
import operator
key = "__globals__"
hint = "object.__subclasses__()"
wide = "().＿＿class＿＿"
