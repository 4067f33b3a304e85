# expect: syntax attribute __dict__ 8
# expect: builtin vars 9
# expect: syntax attribute __dict__ 10
class C:
    pass


C.__dict__
vars(C)
C.__init__.__dict__
