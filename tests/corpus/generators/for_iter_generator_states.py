"""Generators driven by for loops: exceptions in and out, handled exceptions, re-entry and gi_running."""
import sys


def count(n):
    for i in range(n):
        yield i


def fails_at(n):
    for i in range(n):
        yield i
    raise KeyError("done")


def stops():
    yield 1
    raise StopIteration("inner")


def sees_exc():
    yield sys.exc_info()[0]
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def selfish():
    for x in g:
        yield x


def watcher():
    yield gen_w.gi_running


# break, then resume by next()
g1 = count(5)
for x in g1:
    if x == 2:
        break
print(x, next(g1), list(g1))

# an exception out of the generator into the loop's try
try:
    for x in fails_at(3):
        print("got", x)
except KeyError as e:
    print("caught", repr(e))

# StopIteration inside becomes RuntimeError
try:
    for x in stops():
        print("stops", x)
except RuntimeError as e:
    print("runtime", e, repr(e.__cause__))

# handled exceptions: the generator's own and the loop's
try:
    raise TypeError("outer")
except TypeError:
    for t in sees_exc():
        print(t.__name__ if t else None, sys.exc_info()[0].__name__)
print(sys.exc_info())

# a generator iterating itself
g = selfish()
try:
    for x in g:
        pass
except ValueError as e:
    print("ValueError", e)

gen_w = watcher()
for running in gen_w:
    print("gi_running", running)
print("after", gen_w.gi_running)


# deep recursion through generators
def walk(n):
    if n:
        for x in walk(n - 1):
            yield x
    yield n


print(sum(walk(200)))


def deep(n):
    for x in deep(n + 1):
        yield x
    yield n


try:
    for x in deep(0):
        pass
except RecursionError as e:
    print("RecursionError", e)

# nested for loops over generators, return value ignored
def ret():
    yield 1
    return 99


print([(a, b) for a in ret() for b in count(2)])
for x in fails_at(2):
    print("last", x)
