# expect: ok
# exit: 3
# stdout: before exit
print("before exit")
raise SystemExit(3)
print("never printed")
