def gen():
    x = yield 1
    print("x is", x)
    y = yield 2
    print("y is", y)

g = gen()
print(next(g))
print(next(g))
print(next(g, "end"))
