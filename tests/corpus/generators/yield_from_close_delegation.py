# close() on a generator suspended in `yield from` closes the inner one first.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner cleaned up")


def outer():
    try:
        yield from inner()
    finally:
        print("outer cleaned up")


g = outer()
print(next(g))
g.close()
print("closed")
g.close()
print("closing twice is fine")
