# A generator resumed by a for loop sees the loop's handled exception,
# keeps its own across yields, and gives the loop's back each time.
import sys


def watcher():
    yield sys.exc_info()[0]
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise ValueError("outer")
except ValueError:
    for seen in watcher():
        print(seen.__name__ if seen else None, sys.exc_info()[0].__name__)

for seen in watcher():
    print(seen.__name__ if seen else None, sys.exc_info()[0])


def running():
    g = yield
    print("inside, running:", g.gi_running, g.gi_frame is not None)
    yield 1


r = running()
next(r)
r.send(r)
print("after:", r.gi_running, r.gi_frame is not None)
for _ in r:
    pass
print("finished:", r.gi_frame)


def breaks():
    try:
        for i in range(10):
            yield i
    finally:
        print("closed at", i)


gen = breaks()
for v in gen:
    if v == 2:
        break
print("state after break:", gen.gi_frame is not None)
gen.close()
print("state after close:", gen.gi_frame)


def raises_midway():
    yield 1
    raise RuntimeError("midway")


try:
    for v in raises_midway():
        print("got", v)
except RuntimeError as e:
    print("caught", e, sys.exc_info()[0].__name__)
print(sys.exc_info())
