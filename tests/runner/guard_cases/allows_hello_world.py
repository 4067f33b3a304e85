# expect: ok
# stdout: hello, world
print("hello, world")
