def gen():
    yield 1
    yield 2

g = gen()
print(g.__name__, type(g).__name__)
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)
