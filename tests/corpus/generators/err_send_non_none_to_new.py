def gen():
    x = yield 1
    print("x", x)

g = gen()
print("sending before start")
g.send(5)
