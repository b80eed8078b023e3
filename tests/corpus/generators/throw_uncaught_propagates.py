def gen():
    yield 1
    yield 2

g = gen()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))
