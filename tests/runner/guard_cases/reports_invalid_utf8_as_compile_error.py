# expect: compile 3
# stderr: not valid UTF-8
name = "café"
