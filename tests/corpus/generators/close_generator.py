def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in gen")

g = gen()
print(next(g))
g.close()
print(next(g, "closed"))
g.close()
print("second close ok")
