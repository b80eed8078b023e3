def gen():
    yield next(g)

g = gen()
print("starting")
next(g)
