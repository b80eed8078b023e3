def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"

g = stubborn()
print(next(g))
g.close()
