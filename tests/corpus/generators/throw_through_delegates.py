# throw() into a generator suspended in `yield from`: the value goes to the
# delegate first (a user iterator's throw() may receive anything), nested
# generators pass it down the chain, and GeneratorExit closes the delegate
# before it is raised in the outer generator.
class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

    def throw(self, value):
        return f"echo {value!r}"


def wrap(inner):
    result = yield from inner
    return result


def leaf():
    try:
        yield "leaf"
    except KeyError as e:
        print("leaf caught", repr(e))
        yield "recovered"
    except GeneratorExit:
        print("leaf closing")
        raise


g = wrap(Echo())
print(next(g), g.throw(7), g.throw(ValueError))

chain = wrap(wrap(leaf()))
print(next(chain))
print(chain.throw(KeyError("k")))


def outer():
    try:
        yield from leaf()
    except GeneratorExit:
        print("outer saw GeneratorExit")
    yield "after"


o = outer()
next(o)
print(o.throw(GeneratorExit))

plain = wrap(iter([1, 2]))
next(plain)
try:
    plain.throw(5)
except TypeError as e:
    print("TypeError:", e)
