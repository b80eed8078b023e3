def echo():
    received = None
    while True:
        received = yield "got " + repr(received)

g = echo()
print(next(g))
print(g.send(1))
print(g.send("hello"))
print(g.send([1, 2]))
