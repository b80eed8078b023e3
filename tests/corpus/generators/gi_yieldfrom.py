# gi_yieldfrom names the iterator a suspended yield from delegates to.
it = iter([1, 2, 3])
def g():
    x = yield 0
    yield from it
    yield 9
gen = g()
print(gen.gi_yieldfrom)
next(gen)
print(gen.gi_yieldfrom)
print(next(gen), gen.gi_yieldfrom is it)
print(list(gen), gen.gi_yieldfrom)
def inner():
    yield "a"
    yield "b"
def outer():
    yield from inner()
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_running)
