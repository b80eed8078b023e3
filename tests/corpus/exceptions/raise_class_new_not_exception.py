# Raising (or throwing) a class whose __new__ returns a non-exception is a
# TypeError naming the class and what came back.
class Odd(Exception):
    def __new__(cls, *args):
        return "not an exception"

try:
    raise Odd
except TypeError as e:
    print("raise:", e)

def gen():
    yield 1

g = gen()
next(g)
try:
    g.throw(Odd)
except TypeError as e:
    print("throw:", e)

try:
    raise Odd("x")
except TypeError as e:
    print("instance:", e)
