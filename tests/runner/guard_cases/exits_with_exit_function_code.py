# expect: ok
# exit: 4
# stdout: leaving
print("leaving")
exit(4)
