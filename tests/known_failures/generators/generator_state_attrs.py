def gen():
    yield 1

g = gen()
print(g.__name__, type(g).__name__)
print(g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
