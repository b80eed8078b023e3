def make_counter(step=1):
    n = 0
    def counter():
        nonlocal n
        n += step
        return n
    def reset():
        nonlocal n
        old = n
        n = 0
        return old
    return counter, reset
c, r = make_counter(5)
print(c(), c(), c())
print(r(), c())
c2, r2 = make_counter()
print(c2(), c())
