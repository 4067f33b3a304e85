# expect: syntax definition of __getattr__ 3
# A module-level __getattr__ (PEP 562) answers lookups on the program's module.
def __getattr__(name):
    return name
