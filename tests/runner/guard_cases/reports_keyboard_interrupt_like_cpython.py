# expect: ok
# exit: interrupted
# stderr: File "/work/main.py", line 5, in <module>
# stderr-not: guard
raise KeyboardInterrupt
