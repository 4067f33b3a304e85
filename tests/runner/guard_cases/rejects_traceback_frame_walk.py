# expect: syntax attribute __traceback__ 10
# expect: syntax attribute tb_frame 10
# expect: syntax attribute f_globals 10
# expect: syntax attribute f_back 11
# expect: syntax attribute __traceback__ 11
# expect: syntax attribute tb_frame 11
try:
    1 / 0
except ZeroDivisionError as error:
    frame_globals = error.__traceback__.tb_frame.f_globals
    caller = error.__traceback__.tb_frame.f_back
