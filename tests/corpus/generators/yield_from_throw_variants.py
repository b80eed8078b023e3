# throw() into a generator suspended in `yield from`: the inner generator
# sees the exception first; what it does decides what the outer one does.
def finishes():
    try:
        yield 1
    except KeyError:
        return "inner result"


def reraises():
    yield 1


def outer(inner):
    try:
        got = yield from inner
        print("outer got", got)
        yield "after"
    except Exception as e:
        print("outer caught", type(e).__name__)
        yield "outer recovered"


g = outer(finishes())
print(next(g))
print(g.throw(KeyError))
g = outer(reraises())
print(next(g))
print(g.throw(ValueError("bad")))


class Iter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, exc):
        print("Iter.throw got", exc)
        raise StopIteration("from Iter")


def over_iter():
    result = yield from Iter()
    print("result", result)
    yield "done"


g = over_iter()
print(next(g))
print(g.throw(RuntimeError("x")))


def plain():
    yield from [1, 2, 3]


g = plain()
print(next(g))
try:
    g.throw(IndexError("no throw method on a list iterator"))
except IndexError as e:
    print("propagated:", e)
