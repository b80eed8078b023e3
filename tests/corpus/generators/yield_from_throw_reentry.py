# An inner generator that tries to resume its delegating outer generator during throw().
def inner():
    try:
        yield 1
    except ValueError:
        print("inner resumes the outer:")
        try:
            next(g)
        except ValueError as e:
            print("  ", e)
        yield 2

def outer():
    yield from inner()
    yield 3

g = outer()
print(next(g))
print(g.throw(ValueError))
print(next(g))
