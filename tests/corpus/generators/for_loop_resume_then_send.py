# A generator driven by a for loop, then by next() and send(), then by a
# for loop again: each way of resuming must see the same frame.
import sys


def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "done"


g = echo()
for i, v in enumerate(g):
    print("for", i, v)
    if i == 2:
        break
print("next", next(g))
print("send", g.send("hello"))
print("send", g.send(42))
for i, v in enumerate(g):
    print("for again", i, v)
    if i == 1:
        break
try:
    g.send("stop")
except StopIteration as e:
    print("stopped with", e.value)


def statements():
    yield 1
    x = yield 2
    print("got", x)
    yield 3


s = statements()
print(next(s), next(s))
print(s.send("sent"))
for rest in s:
    print("rest", rest)


def handling():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise ValueError("outside")
except ValueError:
    for name in handling():
        print("generator sees", name, "caller sees", sys.exc_info()[0].__name__)


def fails_midway():
    yield 1
    yield 2
    raise RuntimeError("midway")


try:
    for v in fails_midway():
        print("value", v)
except RuntimeError as e:
    print("caught", e)
f = fails_midway()
for v in f:
    break
print(list(f) if False else next(f))
nested = ((x, y) for x in range(3) for y in (yield_ for yield_ in range(x)))
print(list(nested))
