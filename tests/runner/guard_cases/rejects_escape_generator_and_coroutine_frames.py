# expect: syntax attribute gi_frame (frame internals) 21
# expect: syntax attribute f_back (frame internals) 21
# expect: syntax attribute f_globals (frame internals) 21
# expect: syntax attribute cr_frame (frame internals) 23
# expect: syntax attribute ag_frame (frame internals) 24
# expect: syntax attribute gi_code (frame internals) 25
# expect: syntax attribute co_consts (frame internals) 25
def numbers():
    yield 1


async def job():
    return 1


async def stream():
    yield 1


gen = numbers()
outer = gen.gi_frame.f_back.f_globals
coro = job()
coro_frame = coro.cr_frame
agen = stream().ag_frame
code = gen.gi_code.co_consts
