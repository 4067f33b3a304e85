# expect: syntax attribute __traceback__ 8
# expect: syntax attribute tb_frame (frame internals) 8
# expect: syntax attribute f_back (frame internals) 9
# expect: syntax attribute f_builtins (frame internals) 9
try:
    1 / 0
except ZeroDivisionError as error:
    frame = error.__traceback__.tb_frame
    caller = frame.f_back.f_builtins
