# expect: syntax attribute gi_frame 9
# expect: syntax attribute f_back 9
# expect: syntax attribute f_globals 9
def numbers():
    yield 1


gen = numbers()
guard_globals = gen.gi_frame.f_back.f_globals
